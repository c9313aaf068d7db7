package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.export.html.internal.view.CategoryView;
import dk.samarbejdsplan.export.html.internal.view.DateView;
import dk.samarbejdsplan.export.html.internal.view.DownloadView;
import dk.samarbejdsplan.export.html.internal.view.ForumView;
import dk.samarbejdsplan.export.html.internal.view.LinkView;
import dk.samarbejdsplan.export.html.internal.view.LocalUnitView;
import dk.samarbejdsplan.export.html.internal.view.MeetingView;
import dk.samarbejdsplan.export.html.internal.view.PlanView;
import dk.samarbejdsplan.export.html.internal.view.SectionView;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a plan into the view the templates read: numbers, ids, dates and frequencies in words, paragraphs
 * split on blank lines. Plain text only; escaping is the templates' event handler's job.
 */
final class ViewBuilder {

    /** The id of {@code main}, the skip link's target. */
    static final String MAIN_ID = "indhold";
    /** The id of the contents heading. */
    static final String CONTENTS_ID = "indholdsfortegnelse";
    /** The id of the annex heading. */
    static final String ANNEX_ID = "bilag-1";
    /** The id of the downloads heading. */
    static final String DOWNLOADS_ID = "hent";
    /** The id of the page header, the target of "back to top". */
    static final String TOP_ID = "top";

    /** The suffix of a forum's details id: {@code forum-kredsraadet-mere} (numbered when taken). */
    private static final String DETAILS_SUFFIX = "mere";

    /**
     * A blank line: two line breaks ({@code \R}: LF, CR, CRLF, U+2028...) with nothing but spaces, tabs, vertical
     * tabs and form feeds between them. Each {@code \R} is atomic, so that it never gives back the LF of a CRLF:
     * a lone CRLF is one line break, not a blank line, while CRLF CRLF is one.
     */
    private static final Pattern BLANK_LINE = Pattern.compile("(?>\\R)[ \\t\\x0B\\f]*(?>\\R)\\s*");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
                    + "(?: ?; ?[A-Za-z0-9!#$&^_.+-]+=[A-Za-z0-9!#$&^_.+-]+)*");

    private final Language language;
    private final Language planLanguage;
    private final IdRegistry ids = new IdRegistry();

    private ViewBuilder(Language language, Language planLanguage) {
        this.language = language;
        this.planLanguage = planLanguage;
    }

    /**
     * Builds the view of one plan.
     *
     * @param plan the plan
     * @param language the page's language
     * @param planLanguage the language of the plan's own text
     * @param relatedFiles the other files of the publication
     * @return the view
     */
    static PlanView build(CooperationPlan plan, Language language, Language planLanguage,
            List<RelatedFile> relatedFiles) {
        return new ViewBuilder(language, planLanguage).plan(plan, relatedFiles);
    }

    private String t(String key) {
        return Labels.get(language, key);
    }

    private PlanView plan(CooperationPlan plan, List<RelatedFile> relatedFiles) {
        for (String fixed : List.of(MAIN_ID, CONTENTS_ID, ANNEX_ID, DOWNLOADS_ID, TOP_ID)) {
            ids.reserve(fixed);
        }
        List<SectionView> sections = new ArrayList<>();
        int number = 1;
        for (Section section : plan.sections()) {
            sections.add(new SectionView(ids.unique("afsnit", Integer.toString(number)),
                    number + ". " + orUntitled(section.title()), paragraphs(section.paragraphs())));
            number++;
        }

        // forum ids first, so that an interface can link to a forum in a later category, and so that every row
        // keeps the id its forum's own id gives it, whatever details ids (forum(...) below) are taken after
        Map<String, String> forumIds = new HashMap<>();
        Map<String, String> forumNames = new HashMap<>();
        List<List<String>> rowIds = new ArrayList<>();
        for (Category category : plan.categories()) {
            List<String> row = new ArrayList<>();
            for (Forum forum : category.forums()) {
                String id = ids.unique("forum", forum.id());
                row.add(id);
                forumIds.putIfAbsent(forum.id(), id);
                forumNames.putIfAbsent(forum.id(), orUntitled(forum.name()));
            }
            rowIds.add(row);
        }
        List<CategoryView> categories = new ArrayList<>();
        int forumCount = 0;
        for (int c = 0; c < plan.categories().size(); c++) {
            Category category = plan.categories().get(c);
            List<ForumView> forums = new ArrayList<>();
            for (int f = 0; f < category.forums().size(); f++) {
                forums.add(forum(category.forums().get(f), rowIds.get(c).get(f), forumIds, forumNames));
            }
            forumCount += forums.size();
            categories.add(new CategoryView(ids.unique("kategori", category.id().isBlank()
                    ? Integer.toString(category.number()) : category.id()),
                    category.number() + ". " + orUntitled(category.title()), forums));
        }

        List<DownloadView> downloads = new ArrayList<>();
        for (RelatedFile file : relatedFiles) {
            String type = file.mediaType().strip();
            downloads.add(new DownloadView(Links.safeHref(file.href()),
                    file.label().isBlank() ? file.href() : file.label(), type,
                    MEDIA_TYPE.matcher(type).matches() ? type : ""));
        }

        List<DateView> discussed = plan.discussedInDistrictCouncil().map(d -> List.of(date(d))).orElse(List.of());
        String title = orUntitled(plan.title());
        String district = plan.district().name();
        return new PlanView(language.tag(), planLanguage == language ? "" : planLanguage.tag(),
                district.isBlank() ? title : title + " – " + district,
                title, plan.subtitle().map(String::strip).orElse(""), district,
                Integer.toString(plan.year()), Integer.toString(plan.edition()),
                t(plan.status() == PlanStatus.ADOPTED ? "statusAdopted" : "statusDraft"),
                plan.status() == PlanStatus.DRAFT, plan.legalBasis(), discussed, List.copyOf(sections), ANNEX_ID,
                summary(forumCount, categories.size()), List.copyOf(categories), List.copyOf(downloads));
    }

    private String summary(int forums, int categories) {
        return t("annexSummary")
                .replace("{forums}", forums + " " + t(forums == 1 ? "forumOne" : "forumMany"))
                .replace("{categories}", categories + " " + t(categories == 1 ? "categoryOne" : "categoryMany"));
    }

    private ForumView forum(Forum forum, String id, Map<String, String> forumIds, Map<String, String> forumNames) {
        List<LinkView> interfaces = new ArrayList<>();
        for (String other : forum.interfaces()) {
            String target = forumIds.get(other);
            interfaces.add(target == null ? new LinkView(other, "") : new LinkView(forumNames.get(other), "#" + target));
        }
        List<LocalUnitView> units = new ArrayList<>();
        for (LocalUnit unit : forum.localUnits()) {
            units.add(new LocalUnitView(orNotStated(unit.municipality().name()), meetings(unit.meetings()),
                    paragraphs(unit.actionPlan())));
        }
        List<String> goals = forum.goals().stream().filter(g -> !g.isBlank()).map(String::strip).toList();
        List<String> termsOfReference = paragraphs(forum.termsOfReference());
        List<String> actionPlan = paragraphs(forum.actionPlan());
        List<String> notes = paragraphs(forum.notes());
        boolean hasDetails = !termsOfReference.isEmpty() || !goals.isEmpty() || !actionPlan.isEmpty()
                || !interfaces.isEmpty() || !notes.isEmpty() || !units.isEmpty();
        List<String> topic = paragraphs(List.of(forum.topic()));
        List<String> representatives = forum.representatives().stream().filter(r -> !r.isBlank())
                .map(String::strip).toList();
        MeetingFrequency frequency = forum.frequency();
        // the details id goes through the registry too: "kredsraadet-mere" is a valid forum id of its own
        return new ForumView(id, ids.derived(id, DETAILS_SUFFIX), orUntitled(forum.name()),
                topic.isEmpty() ? List.of(t("notStated")) : topic,
                representatives.isEmpty() ? List.of() : representatives,
                shortFrequency(frequency), capitalise(frequency.describe(language)), hasDetails, termsOfReference,
                goals, actionPlan, List.copyOf(interfaces), notes, List.copyOf(units));
    }

    private List<MeetingView> meetings(List<Meeting> meetings) {
        List<MeetingView> views = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            String status = meeting.status()
                    .map(s -> t(s == MeetingStatus.HELD ? "meetingHeld" : "meetingPlanned")).orElse("");
            String separator = i == meetings.size() - 1 ? "" : i == meetings.size() - 2 ? " " + t("and") + " " : ", ";
            DateView date = date(meeting.date());
            views.add(new MeetingView(date.iso(), date.text(), status, separator));
        }
        return List.copyOf(views);
    }

    private DateView date(LocalDate date) {
        String iso = date.getYear() >= 0 && date.getYear() <= 9999 ? date.toString() : "";
        return new DateView(iso, language.formatDate(date));
    }

    /**
     * The short form of a frequency for the table: the canonical text in Danish ("Min. 4 (2 i 2007)"); in
     * English the same with "in" ("Min. 4 (2 in 2007)"). Empty for "decided locally", where the words say
     * the same.
     */
    private String shortFrequency(MeetingFrequency frequency) {
        if (frequency instanceof MeetingFrequency.DecidedLocally) {
            return "";
        }
        if (language == Language.DA) {
            return frequency.format();
        }
        String base = frequency.withoutYearCount().format();
        return frequency.yearCount().map(y -> base + " (" + y.count() + " in " + y.year() + ")").orElse(base);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private String orUntitled(String text) {
        return text.isBlank() ? t("untitled") : text.strip();
    }

    private String orNotStated(String text) {
        return text.isBlank() ? t("notStated") : text.strip();
    }

    private static List<String> paragraphs(Optional<String> text) {
        return text.map(s -> paragraphs(List.of(s))).orElse(List.of());
    }

    /** Splits each text on blank lines and drops empty paragraphs. */
    static List<String> paragraphs(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            for (String p : BLANK_LINE.split(text)) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return List.copyOf(out);
    }
}
