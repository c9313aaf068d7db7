package dk.samarbejdsplan.export.pdf.internal;

import dk.samarbejdsplan.export.ExporterTexts;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.export.pdf.internal.view.CategoryView;
import dk.samarbejdsplan.export.pdf.internal.view.ForumView;
import dk.samarbejdsplan.export.pdf.internal.view.LinkView;
import dk.samarbejdsplan.export.pdf.internal.view.LocalUnitView;
import dk.samarbejdsplan.export.pdf.internal.view.MeetingsView;
import dk.samarbejdsplan.export.pdf.internal.view.PlanView;
import dk.samarbejdsplan.export.pdf.internal.view.SectionView;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a plan into the view the PDF templates read: headings numbered, frequencies and dates in words
 * ({@link Wording}), ids generated ({@code afsnit-1}, {@code kategori-1}, {@code forum-1}, never copied from the
 * plan). Plain text only: escaping is the templates' event handler's job. One call per render.
 */
final class Views {
    private final Language language;
    private final ExporterTexts texts;
    private final Wording wording;
    private final String textLang;

    private Views(ExporterTexts texts) {
        this.language = texts.language();
        this.texts = texts;
        this.wording = Wording.of(language);
        // the plan's own text is Danish: an English document marks it as such
        this.textLang = language == Language.DA ? "" : Language.DA.tag();
    }

    /**
     * The view of a plan.
     *
     * @param plan the plan
     * @param texts the exporter's fixed texts in the document's language
     * @return the view
     */
    static PlanView of(CooperationPlan plan, ExporterTexts texts) {
        return new Views(texts).plan(plan);
    }

    private String t(String key) {
        return texts.text(key);
    }

    private PlanView plan(CooperationPlan plan) {
        List<SectionView> sections = new ArrayList<>();
        int number = 1;
        for (var section : plan.sections()) {
            sections.add(new SectionView("afsnit-" + number, number + ". " + orUntitled(section.title()),
                    paragraphs(section.paragraphs())));
            number++;
        }
        // the row id of the first forum with each plan id, for the interfaces' links
        Map<String, String> rowIds = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        int flat = 0;
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                flat++;
                rowIds.putIfAbsent(forum.id(), "forum-" + flat);
                names.putIfAbsent(forum.id(), orUntitled(forum.name()));
            }
        }
        List<CategoryView> categories = new ArrayList<>();
        List<MeetingsView> meetings = new ArrayList<>();
        flat = 0;
        int c = 0;
        for (Category category : plan.categories()) {
            c++;
            List<ForumView> forums = new ArrayList<>(category.forums().size());
            for (Forum forum : category.forums()) {
                flat++;
                forums.add(forum(forum, "forum-" + flat, rowIds, names));
                meetingsOf(forum, plan.year(), flat).ifPresent(meetings::add);
            }
            categories.add(new CategoryView("kategori-" + c, category.number() + ". " + orUntitled(category.title()),
                    List.copyOf(forums)));
        }
        String title = orUntitled(plan.title());
        String district = plan.district().name().strip();
        String forumsText = flat + " " + t(flat == 1 ? "forumOne" : "forumMany");
        String categoriesText = c + " " + t(c == 1 ? "categoryOne" : "categoryMany");
        return new PlanView(language.tag(), textLang, district.isEmpty() ? title : title + " – " + district,
                title, plan.subtitle().map(String::strip).orElse(""), district, Integer.toString(plan.year()),
                Integer.toString(plan.edition()), t(plan.status() == PlanStatus.ADOPTED ? "statusAdopted"
                        : "statusDraft"), plan.status() == PlanStatus.DRAFT, plan.legalBasis(),
                plan.discussedInDistrictCouncil().map(wording::date).orElse(""), List.copyOf(sections),
                texts.format("annexSummary", forumsText, categoriesText), List.copyOf(categories),
                texts.format("meetingsIntro", plan.year()), List.copyOf(meetings));
    }

    private ForumView forum(Forum forum, String id, Map<String, String> rowIds, Map<String, String> names) {
        List<LinkView> interfaces = new ArrayList<>();
        for (String other : forum.interfaces()) {
            String href = rowIds.get(other);
            interfaces.add(href == null ? new LinkView(other, "") : new LinkView(names.get(other), "#" + href));
        }
        List<LocalUnitView> units = new ArrayList<>();
        for (LocalUnit unit : forum.localUnits()) {
            units.add(new LocalUnitView(unitName(unit), meetings(unit.meetings()),
                    paragraphs(unit.actionPlan().map(List::of).orElse(List.of()))));
        }
        List<String> termsOfReference = paragraphs(forum.termsOfReference().map(List::of).orElse(List.of()));
        List<String> goals = items(forum.goals());
        List<String> actionPlan = paragraphs(forum.actionPlan().map(List::of).orElse(List.of()));
        List<String> notes = paragraphs(forum.notes());
        boolean hasDetails = !termsOfReference.isEmpty() || !goals.isEmpty() || !actionPlan.isEmpty()
                || !interfaces.isEmpty() || !notes.isEmpty() || !units.isEmpty();
        List<String> topic = paragraphs(List.of(forum.topic()));
        String words = wording.frequency(forum.frequency());
        return new ForumView(id, orUntitled(forum.name()), topic.isEmpty() ? List.of(t("notStated")) : topic,
                items(forum.representatives()), forum.frequency().format(),
                Character.toUpperCase(words.charAt(0)) + words.substring(1), hasDetails, termsOfReference, goals,
                actionPlan, List.copyOf(interfaces), notes, List.copyOf(units));
    }

    /** "Greve Kommune (kommunekode 253)"; "Kommune" is not added twice, a missing code is left out. */
    private String unitName(LocalUnit unit) {
        String name = unit.municipality().name().strip();
        String code = unit.municipality().code().strip();
        if (name.isEmpty()) {
            name = t("notStated");
        }
        String word = t("municipalityWord");
        String full = name.endsWith(" " + word) || name.equals(word) ? name : name + " " + word;
        return code.isEmpty() ? full : full + " (" + texts.format("unitCode", code) + ")";
    }

    /** "26. oktober 2007 og 14. november 2007", a status in brackets when the plan gives one. */
    private String meetings(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return t("noMeetings");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < meetings.size(); i++) {
            if (i > 0) {
                sb.append(i == meetings.size() - 1 ? " " + t("and") + " " : ", ");
            }
            Meeting m = meetings.get(i);
            sb.append(wording.date(m.date()));
            m.status().ifPresent(s -> sb.append(" (").append(t(s == MeetingStatus.HELD ? "meetingHeld"
                    : "meetingPlanned")).append(')'));
        }
        return sb.toString();
    }

    /** The meetings table of a forum with local units that meet in the plan year. */
    private Optional<MeetingsView> meetingsOf(Forum forum, int year, int flat) {
        List<MeetingsView.MeetingsRow> rows = new ArrayList<>();
        for (LocalUnit unit : forum.localUnits()) {
            String[] days = new String[12];
            Arrays.fill(days, "");
            boolean any = false;
            for (Meeting m : unit.meetings()) {
                if (m.date().getYear() == year) {
                    int month = m.date().getMonthValue() - 1;
                    String day = Integer.toString(m.date().getDayOfMonth());
                    days[month] = days[month].isEmpty() ? day : days[month] + ", " + day;
                    any = true;
                }
            }
            if (any) {
                String name = unit.municipality().name().strip();
                rows.add(new MeetingsView.MeetingsRow(name.isEmpty() ? t("notStated") : name, List.of(days)));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(t("month." + m));
        }
        return Optional.of(new MeetingsView("moeder-" + flat, texts.format("meetingsHeading",
                orUntitled(forum.name()), year), List.copyOf(months), List.copyOf(rows)));
    }

    private String orUntitled(String text) {
        String s = text.strip();
        return s.isEmpty() ? t("untitled") : s;
    }

    /** The texts' paragraphs: split on blank lines, stripped, empty ones left out. */
    private static List<String> paragraphs(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            for (String p : text.split("\\R[ \\t]*\\R")) {
                String s = p.strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> items(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            String s = text.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
