package dk.samarbejdsplan.export.text.internal;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.ExporterTexts;
import dk.samarbejdsplan.export.SinkWriter;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.export.text.TextOptions;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.EndedForum;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The accessible text exporter (id {@code text}): the plan as linear plain text for screen readers and plain
 * printing. The layout and the rules are documented in the package {@code dk.samarbejdsplan.export.text}; the
 * exporter's own words are in {@code text_da.properties} and {@code text_en.properties}.
 *
 * <p>Stateless and thread-safe; writes to the caller's sink as it goes.
 */
public final class TextExporter extends AbstractPlanExporter {

    /** The exporter id. */
    public static final String ID = "text";

    /** Between the items of a list written on one line: representatives, interfaces. */
    static final String LIST_SEPARATOR = "; ";

    private static final List<ExporterParameter> PARAMETERS = List.of(new ExporterParameter(
            TextOptions.WIDTH_PARAMETER, "the greatest number of characters on a line, a whole number of at least "
                    + TextOptions.MIN_LINE_WIDTH + " (default " + TextOptions.DEFAULT_LINE_WIDTH + ")", List.of()));

    /** Creates the exporter; used by {@link java.util.ServiceLoader}. */
    public TextExporter() {
        super(ID, "text/plain", "txt", TextExporter.class::getResourceAsStream, "text");
    }

    @Override
    public List<ExporterParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * Writes the plan as accessible text.
     *
     * @throws IllegalArgumentException ({@code EXP-TEXT-002}) for a bad {@code text.width} parameter
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        TextOptions textOptions = TextOptions.from(options);
        SinkWriter sink = new SinkWriter(out);
        new Export(texts(options.language()), Wording.of(options.language()),
                new LineWriter(sink, textOptions.lineWidth())).write(plan);
        sink.flush();
    }

    /** One export: the words of its language and the line writer. */
    private record Export(ExporterTexts words, Wording wording, LineWriter w) {

        void write(CooperationPlan plan) throws IOException {
            front(plan);
            int number = 1;
            for (Section section : plan.sections()) {
                w.heading(number++ + ". " + section.title());
                for (String paragraph : section.paragraphs()) {
                    w.block("", paragraph);
                    w.blankLine();
                }
            }
            w.heading(words.text("heading.annex"));
            // an interface is named by the forum it refers to (the first of that id), else by its id
            Map<String, String> names = new HashMap<>();
            plan.forums().forEach(f -> names.putIfAbsent(f.id(), f.name()));
            if (plan.categories().isEmpty()) {
                w.block("", words.text("noForums"));
            }
            for (Category category : plan.categories()) {
                w.heading(category.number() + ". " + category.title());
                if (category.forums().isEmpty()) {
                    w.block("", words.text("noForumsInCategory"));
                }
                for (Forum forum : category.forums()) {
                    forum(names, forum);
                    w.blankLine();
                }
            }
            if (!plan.endedForums().isEmpty()) {
                w.heading(words.text("heading.endedForums"));
                for (EndedForum ended : plan.endedForums()) {
                    w.block(words.text("label.endedForum"), ended.id() + ": " + ended.reason());
                    w.blankLine();
                }
            }
        }

        private void front(CooperationPlan plan) throws IOException {
            w.heading(plan.title());
            if (plan.subtitle().isPresent()) {
                w.block("", plan.subtitle().get());
                w.blankLine();
            }
            field("label.district", plan.district().name());
            if (plan.district().code().isPresent()) {
                field("label.districtCode", plan.district().code().get());
            }
            w.block(words.text("label.year"), Integer.toString(plan.year()));
            field("label.legalBasis", plan.legalBasis());
            w.block(words.text("label.status"),
                    words.text(plan.status() == PlanStatus.ADOPTED ? "status.adopted" : "status.draft"));
            if (plan.discussedInDistrictCouncil().isPresent()) {
                w.block(words.text("label.discussed"), wording.date(plan.discussedInDistrictCouncil().get()));
            }
            if (plan.edition() > 1) {
                w.block(words.text("label.edition"), Integer.toString(plan.edition()));
            }
        }

        private void forum(Map<String, String> forumNames, Forum forum) throws IOException {
            field("label.forum", forum.name());
            field("label.topic", forum.topic());
            field("label.representatives", forum.representatives().isEmpty() ? words.text("notStated")
                    : String.join(LIST_SEPARATOR, forum.representatives()));
            w.block(words.text("label.meetingsAYear"), wording.frequency(forum.frequency()));
            if (forum.termsOfReference().isPresent()) {
                field("label.termsOfReference", forum.termsOfReference().get());
            }
            paragraphs("label.goals", forum.goals());
            if (forum.actionPlan().isPresent()) {
                field("label.actionPlan", forum.actionPlan().get());
            }
            if (!forum.interfaces().isEmpty()) {
                List<String> names = new ArrayList<>();
                for (String id : forum.interfaces()) {
                    names.add(forumNames.getOrDefault(id, id));
                }
                field("label.interfaces", String.join(LIST_SEPARATOR, names));
            }
            paragraphs("label.notes", forum.notes());
            if (!forum.localUnits().isEmpty()) {
                w.block(words.text("label.localUnits"), "");
                for (LocalUnit unit : forum.localUnits()) {
                    localUnit(unit);
                }
            }
        }

        /**
         * "Greve Kommune (kommunekode 253): møder 26. oktober 2007 og 14. november 2007." and, if the unit has
         * one, "Handleplan for Greve Kommune: ...".
         */
        private void localUnit(LocalUnit unit) throws IOException {
            String name = municipalityName(unit.municipality().name());
            List<String> dates = new ArrayList<>();
            for (Meeting meeting : unit.meetings()) {
                String date = wording.date(meeting.date());
                dates.add(meeting.status().map(s -> date + " (" + words.text(s == MeetingStatus.HELD
                        ? "meeting.held" : "meeting.planned") + ")").orElse(date));
            }
            String meetings = dates.isEmpty() ? words.text("meetings.none")
                    : words.text(dates.size() == 1 ? "meetings.one" : "meetings.many") + " " + enumerate(dates);
            field("", name + " (" + words.text("municipalityCode") + " " + unit.municipality().code() + "): "
                    + meetings + ".");
            if (unit.actionPlan().isPresent()) {
                field("", words.text("actionPlanFor") + " " + name + ": " + unit.actionPlan().get());
            }
        }

        /**
         * The municipality's name as the text names it: "Greve Kommune", "Greve Municipality"; a name that
         * already ends with the word (or with Danish "Kommune" in English) is kept.
         */
        private String municipalityName(String name) {
            String municipality = words.text("municipality");
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(" " + municipality.toLowerCase(Locale.ROOT)) || lower.endsWith(" kommune")) {
                return name;
            }
            return name + " " + municipality;
        }

        /** "A", "A og B", "A, B og C" ("and" in English). */
        private String enumerate(List<String> items) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    s.append(i == items.size() - 1 ? " " + words.text("and") + " " : ", ");
                }
                s.append(items.get(i));
            }
            return s.toString();
        }

        /** A labelled text (label by key, or none); a text of several paragraphs is set off by a blank line. */
        private void field(String labelKey, String text) throws IOException {
            if (w.block(labelKey.isEmpty() ? "" : words.text(labelKey), text)) {
                w.blankLine();
            }
        }

        /** A labelled list of paragraphs (goals, notes): one paragraph per item, the label before the first. */
        private void paragraphs(String labelKey, List<String> items) throws IOException {
            if (!items.isEmpty()) {
                field(labelKey, String.join("\n\n", items));
            }
        }
    }
}
