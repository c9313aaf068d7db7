package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.html.internal.view.ForumView;
import dk.samarbejdsplan.export.html.internal.view.LinkView;
import dk.samarbejdsplan.export.html.internal.view.LocalUnitView;
import dk.samarbejdsplan.export.html.internal.view.MeetingView;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the parts of the page that repeat for every forum: the rows of a category's table and a forum's
 * details block. They are written in Java because Velocity's cost per reference (introspection, the insertion
 * handler, a scope per loop, {@code #if} on lists) made them nearly all of the render time; the rest of the
 * page stays in the templates. The markup is exactly what {@code annex.vm} and {@code forum-details.vm} wrote
 * before: per forum a {@code <tr>} (the name as {@code <th scope="row">}, then topic, representatives and
 * meetings, each cell with its {@code data-label}), and for a forum with more fields a {@code <section>} with
 * an {@code <h4>} and a description list. Every text is escaped with {@link HtmlEscaper} once, here. One per
 * render; not thread-safe.
 */
final class ForumHtml {
    private final String langAttribute;
    private final String spanOpen;
    /** The fixed markup between the texts of a row, put together once. */
    private final String afterRowId;
    private final String afterRowName;
    private final String paragraphOpen;
    private final String moreAbout;
    private final String afterTopicNotStated;
    private final String afterTopicList;
    private final String meetingsCellWords;
    private final String meetingsCellCode;
    private final String termsOfReference;
    private final String goals;
    private final String actionPlan;
    private final String interfaces;
    private final String notes;
    private final String localUnits;
    private final String noMeetings;
    private final String unitActionPlan;

    /**
     * @param language the page's language, for the fixed texts
     * @param textLang the language tag of the plan's text when it differs from the page's, else {@code ""}
     */
    ForumHtml(Language language, String textLang) {
        String tag = HtmlEscaper.escape(textLang);
        langAttribute = tag.isEmpty() ? "" : " lang=\"" + tag + "\"";
        spanOpen = tag.isEmpty() ? "" : "<span lang=\"" + tag + "\">";
        afterRowId = "\"" + langAttribute + ">";
        afterRowName = "</th>\n<td data-label=\"" + label(language, "colTopic") + "\">\n";
        paragraphOpen = "<p" + langAttribute + ">";
        moreAbout = "\">" + label(language, "moreAbout") + " ";
        String representativesCell = "</td>\n<td data-label=\"" + label(language, "colRepresentatives") + "\">\n";
        afterTopicNotStated = representativesCell + "<p>" + label(language, "notStated") + "</p>\n";
        afterTopicList = representativesCell + "<ul" + langAttribute + ">\n";
        String meetingsCell = "</td>\n<td data-label=\"" + label(language, "colMeetings") + "\">";
        meetingsCellWords = meetingsCell + "<span class=\"frequency-words\">";
        meetingsCellCode = meetingsCell + "<span class=\"frequency-code\" aria-hidden=\"true\">";
        termsOfReference = "<dt>" + label(language, "termsOfReference") + "</dt>\n";
        goals = "<dt>" + label(language, "goals") + "</dt>\n";
        actionPlan = "<dt>" + label(language, "actionPlan") + "</dt>\n";
        interfaces = "<dt>" + label(language, "interfaces") + "</dt>\n";
        notes = "<dt>" + label(language, "notes") + "</dt>\n";
        localUnits = "<dt>" + label(language, "localUnits") + "</dt>\n";
        noMeetings = label(language, "noMeetings");
        unitActionPlan = "<div class=\"unit-action-plan\"><span class=\"label\">" + label(language, "actionPlan")
                + ":</span>\n";
    }

    private static String label(Language language, String key) {
        return HtmlEscaper.escape(Labels.get(language, key));
    }

    /**
     * Writes one {@code <tr>} per forum.
     *
     * @param forums the forums of one category
     * @param out where to write
     * @throws IOException if writing fails
     */
    void rows(List<ForumView> forums, Writer out) throws IOException {
        for (int i = 0; i < forums.size(); i++) {
            row(forums.get(i), out);
        }
    }

    private void row(ForumView f, Writer out) throws IOException {
        out.write("<tr>\n<th scope=\"row\" id=\"");
        HtmlEscaper.escape(f.id(), out);
        out.write(afterRowId);
        HtmlEscaper.escape(f.name(), out);
        out.write(afterRowName);
        List<String> topic = f.topic();
        for (int i = 0; i < topic.size(); i++) {
            out.write(paragraphOpen);
            HtmlEscaper.escape(topic.get(i), out);
            out.write("</p>\n");
        }
        if (f.hasDetails()) {
            out.write("<p class=\"more-link\"><a href=\"#");
            HtmlEscaper.escape(f.detailsId(), out);
            out.write(moreAbout);
            planText(f.name(), out);
            out.write("</a></p>\n");
        }
        List<String> representatives = f.representatives();
        if (representatives.isEmpty()) {
            out.write(afterTopicNotStated);
        } else {
            out.write(afterTopicList);
            for (int i = 0; i < representatives.size(); i++) {
                out.write("<li>");
                HtmlEscaper.escape(representatives.get(i), out);
                out.write("</li>\n");
            }
            out.write("</ul>\n");
        }
        if (f.frequencyCode().isEmpty()) {
            out.write(meetingsCellWords);
        } else {
            out.write(meetingsCellCode);
            HtmlEscaper.escape(f.frequencyCode(), out);
            out.write("</span> <span class=\"frequency-words\">");
        }
        HtmlEscaper.escape(f.frequencyWords(), out);
        out.write("</span></td>\n</tr>\n");
    }

    /**
     * Writes the details blocks of forums, each followed by a line break.
     *
     * @param forums forums that have details
     * @param out where to write
     * @throws IOException if writing fails
     */
    void details(List<ForumView> forums, Writer out) throws IOException {
        for (int i = 0; i < forums.size(); i++) {
            details(forums.get(i), out);
            out.write('\n');
        }
    }

    /**
     * Writes a forum's details block, without a line break after it.
     *
     * @param f the forum
     * @param out where to write
     * @throws IOException if writing fails
     */
    void details(ForumView f, Writer out) throws IOException {
        out.write("<section class=\"forum-details\">\n<h4 id=\"");
        HtmlEscaper.escape(f.detailsId(), out);
        out.write('"');
        out.write(langAttribute);
        out.write('>');
        HtmlEscaper.escape(f.name(), out);
        out.write("</h4>\n<dl>\n");
        if (!f.termsOfReference().isEmpty()) {
            out.write(termsOfReference);
            paragraphsInDd(f.termsOfReference(), out);
        }
        if (!f.goals().isEmpty()) {
            out.write(goals);
            out.write("<dd>\n<ul");
            out.write(langAttribute);
            out.write(">\n");
            for (String g : f.goals()) {
                out.write("<li>");
                HtmlEscaper.escape(g, out);
                out.write("</li>\n");
            }
            out.write("</ul>\n</dd>\n");
        }
        if (!f.actionPlan().isEmpty()) {
            out.write(actionPlan);
            paragraphsInDd(f.actionPlan(), out);
        }
        if (!f.interfaces().isEmpty()) {
            out.write(interfaces);
            out.write("<dd>\n<ul>\n");
            for (LinkView l : f.interfaces()) {
                out.write("<li>");
                if (l.href().isEmpty()) {
                    out.write("<span");
                    out.write(langAttribute);
                    out.write('>');
                    HtmlEscaper.escape(l.text(), out);
                    out.write("</span>");
                } else {
                    out.write("<a href=\"");
                    HtmlEscaper.escape(l.href(), out);
                    out.write('"');
                    out.write(langAttribute);
                    out.write('>');
                    HtmlEscaper.escape(l.text(), out);
                    out.write("</a>");
                }
                out.write("</li>\n");
            }
            out.write("</ul>\n</dd>\n");
        }
        if (!f.notes().isEmpty()) {
            out.write(notes);
            paragraphsInDd(f.notes(), out);
        }
        if (!f.localUnits().isEmpty()) {
            out.write(localUnits);
            out.write("<dd>\n<ul class=\"local-units\">\n");
            for (LocalUnitView u : f.localUnits()) {
                localUnit(u, out);
            }
            out.write("</ul>\n</dd>\n");
        }
        out.write("</dl>\n</section>");
    }

    private void localUnit(LocalUnitView u, Writer out) throws IOException {
        out.write("<li><span class=\"unit-name\"");
        out.write(langAttribute);
        out.write('>');
        HtmlEscaper.escape(u.name(), out);
        out.write("</span>: ");
        if (u.meetings().isEmpty()) {
            out.write(noMeetings);
        }
        for (MeetingView m : u.meetings()) {
            if (m.iso().isEmpty()) {
                HtmlEscaper.escape(m.text(), out);
            } else {
                out.write("<time datetime=\"");
                HtmlEscaper.escape(m.iso(), out);
                out.write("\">");
                HtmlEscaper.escape(m.text(), out);
                out.write("</time>");
            }
            if (!m.status().isEmpty()) {
                out.write(" (");
                HtmlEscaper.escape(m.status(), out);
                out.write(')');
            }
            HtmlEscaper.escape(m.separator(), out);
        }
        out.write('\n');
        if (!u.actionPlan().isEmpty()) {
            out.write(unitActionPlan);
            for (String p : u.actionPlan()) {
                out.write("<p");
                out.write(langAttribute);
                out.write('>');
                HtmlEscaper.escape(p, out);
                out.write("</p>\n");
            }
            out.write("</div>\n");
        }
        out.write("</li>\n");
    }

    /** {@code <dd lang><p>…</p>…</dd>}: paragraphs of plan text as a description. */
    private void paragraphsInDd(List<String> paragraphs, Writer out) throws IOException {
        out.write("<dd");
        out.write(langAttribute);
        out.write(">\n");
        for (String p : paragraphs) {
            out.write("<p>");
            HtmlEscaper.escape(p, out);
            out.write("</p>\n");
        }
        out.write("</dd>\n");
    }

    /** Plan text inside fixed text: in a {@code <span lang>} when the plan's language is not the page's. */
    private void planText(String text, Writer out) throws IOException {
        if (spanOpen.isEmpty()) {
            HtmlEscaper.escape(text, out);
        } else {
            out.write(spanOpen);
            HtmlEscaper.escape(text, out);
            out.write("</span>");
        }
    }
}
