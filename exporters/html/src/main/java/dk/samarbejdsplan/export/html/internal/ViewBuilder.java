package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.export.Wording;
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
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a plan into the view the templates read: numbers, ids, dates and frequencies in words, paragraphs split
 * on blank lines, the coordinates of the meetings picture. The view holds plain text and numbers only: the
 * templates hold all the markup, and their event handler escapes every value they insert.
 *
 * <p>Every id of the page is handed out up front, in one pass (so that links reach forums of later categories).
 * Not thread-safe: one builder per render.
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

    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
                    + "(?: ?; ?[A-Za-z0-9!#$&^_.+-]+=[A-Za-z0-9!#$&^_.+-]+)*");

    private final CooperationPlan plan;
    private final Language language;
    private final Language planLanguage;
    private final Wording wording;
    private final IdRegistry ids = new IdRegistry();
    /** Each forum's row id, in the order of the plan. */
    private final Map<Forum, String> rowIds = new IdentityHashMap<>();
    /** The first forum with each plan id, for the interfaces' links. */
    private final Map<String, Forum> byPlanId = new HashMap<>();

    private ViewBuilder(CooperationPlan plan, Language language, Language planLanguage) {
        this.plan = plan;
        this.language = language;
        this.planLanguage = planLanguage;
        this.wording = Wording.of(language);
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
        return new ViewBuilder(plan, language, planLanguage).plan(relatedFiles);
    }

    private String t(String key) {
        return Labels.get(language, key);
    }

    private PlanView plan(List<RelatedFile> relatedFiles) {
        for (String fixed : List.of(MAIN_ID, CONTENTS_ID, ANNEX_ID, DOWNLOADS_ID, TOP_ID)) {
            ids.reserve(fixed);
        }
        List<SectionView> sections = new ArrayList<>();
        int number = 1;
        for (Section section : plan.sections()) {
            sections.add(new SectionView(ids.unique("afsnit", Integer.toString(number)),
                    number + ". " + orUntitled(section.title()), Paragraphs.of(section.paragraphs())));
            number++;
        }

        // every row id first, so that an interface can link to a forum in a later category and every row keeps
        // the id its forum's own id gives it; then the details ids (a details id such as "kredsraadet-mere" can
        // clash with a row id, so it is handed out through the registry too)
        int forumCount = 0;
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                rowIds.put(forum, ids.unique("forum", forum.id()));
                byPlanId.putIfAbsent(forum.id(), forum);
                forumCount++;
            }
        }
        Map<Forum, String> detailsIds = new IdentityHashMap<>();
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                if (hasDetails(forum)) {
                    detailsIds.put(forum, ids.derived(rowIds.get(forum), DETAILS_SUFFIX));
                }
            }
        }
        List<CategoryView> categories = new ArrayList<>();
        for (Category category : plan.categories()) {
            List<ForumView> forums = new ArrayList<>();
            List<ForumView> detailed = new ArrayList<>();
            for (Forum forum : category.forums()) {
                ForumView view = forum(forum, detailsIds.getOrDefault(forum, ""));
                forums.add(view);
                if (view.hasDetails()) {
                    detailed.add(view);
                }
            }
            categories.add(new CategoryView(ids.unique("kategori", category.id().isBlank()
                    ? Integer.toString(category.number()) : category.id()),
                    category.number() + ". " + orUntitled(category.title()), List.copyOf(forums),
                    List.copyOf(detailed)));
        }

        List<DownloadView> downloads = new ArrayList<>();
        for (RelatedFile file : relatedFiles) {
            String type = file.mediaType().strip();
            downloads.add(new DownloadView(Links.safeHref(file.href()),
                    file.label().isBlank() ? file.href() : file.label(), type,
                    MEDIA_TYPE.matcher(type).matches() ? type : "",
                    file.byteSize().isPresent() ? FileSizes.format(file.byteSize().getAsLong(), language) : "",
                    file.note().map(String::strip).orElse("")));
        }

        List<DateView> discussed = plan.discussedInDistrictCouncil().map(d -> List.of(date(d))).orElse(List.of());
        String title = orUntitled(plan.title());
        String district = plan.district().name();
        return new PlanView(language.tag(), textLang(),
                district.isBlank() ? title : title + " – " + district,
                title, plan.subtitle().map(String::strip).orElse(""), district,
                Integer.toString(plan.year()), Integer.toString(plan.edition()),
                t(plan.status() == PlanStatus.ADOPTED ? "statusAdopted" : "statusDraft"),
                plan.status() == PlanStatus.DRAFT, plan.legalBasis(), discussed, List.copyOf(sections), ANNEX_ID,
                summary(forumCount, categories.size()), List.copyOf(categories), List.copyOf(downloads));
    }

    /** The language tag of the plan's text when it is not the page's language, else {@code ""}. */
    private String textLang() {
        return planLanguage == language ? "" : planLanguage.tag();
    }

    private String summary(int forums, int categories) {
        return t("annexSummary")
                .replace("{forums}", forums + " " + t(forums == 1 ? "forumOne" : "forumMany"))
                .replace("{categories}", categories + " " + t(categories == 1 ? "categoryOne" : "categoryMany"));
    }

    private ForumView forum(Forum forum, String detailsId) {
        List<LinkView> interfaces = new ArrayList<>();
        for (String other : forum.interfaces()) {
            Forum target = byPlanId.get(other);
            interfaces.add(target == null ? new LinkView(other, "")
                    : new LinkView(orUntitled(target.name()), "#" + rowIds.get(target)));
        }
        List<LocalUnitView> units = new ArrayList<>();
        for (LocalUnit unit : forum.localUnits()) {
            units.add(new LocalUnitView(orNotStated(unit.municipality().name()), unit.municipality().code().strip(),
                    meetings(unit.meetings()), paragraphs(unit.actionPlan())));
        }
        List<String> topic = Paragraphs.of(forum.topic());
        return new ForumView(rowIds.get(forum), detailsId, orUntitled(forum.name()),
                topic.isEmpty() ? List.of(t("notStated")) : topic, items(forum.representatives()),
                forum.frequency().format(), capitalise(wording.frequency(forum.frequency())), !detailsId.isEmpty(),
                paragraphs(forum.termsOfReference()), items(forum.goals()), paragraphs(forum.actionPlan()),
                List.copyOf(interfaces), Paragraphs.of(forum.notes()), List.copyOf(units));
    }

    /**
     * Whether a forum gets a details block: whether any of the fields beyond the table's columns has text (a text
     * has a paragraph exactly when it is not blank).
     */
    private static boolean hasDetails(Forum forum) {
        return !paragraphs(forum.termsOfReference()).isEmpty() || !items(forum.goals()).isEmpty()
                || !paragraphs(forum.actionPlan()).isEmpty() || !forum.interfaces().isEmpty()
                || !Paragraphs.of(forum.notes()).isEmpty() || !forum.localUnits().isEmpty();
    }

    /** The non-blank items of a list, stripped. */
    private static List<String> items(List<String> list) {
        List<String> out = new ArrayList<>();
        for (String s : list) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
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
        return new DateView(iso, wording.date(date));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private String orUntitled(String text) {
        return text.isBlank() ? t("untitled") : text.strip();
    }

    private String orNotStated(String text) {
        return text.isBlank() ? t("notStated") : text.strip();
    }

    private static List<String> paragraphs(Optional<String> text) {
        return text.isPresent() ? Paragraphs.of(text.get()) : List.of();
    }
}
