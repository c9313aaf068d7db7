package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.ExporterTexts;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.export.html.internal.view.CategoryView;
import dk.samarbejdsplan.export.html.internal.view.DateView;
import dk.samarbejdsplan.export.html.internal.view.DownloadView;
import dk.samarbejdsplan.export.html.internal.view.EndedForumView;
import dk.samarbejdsplan.export.html.internal.view.ForumView;
import dk.samarbejdsplan.export.html.internal.view.LinkView;
import dk.samarbejdsplan.export.html.internal.view.LocalUnitView;
import dk.samarbejdsplan.export.html.internal.view.MeetingView;
import dk.samarbejdsplan.export.html.internal.view.MeetingsPictureView;
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
import java.util.Comparator;
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
    /** The id of the meetings picture's heading, and of its title and description. */
    static final String MEETINGS_ID = "moeder";
    static final String MEETINGS_TITLE_ID = "moeder-titel";
    static final String MEETINGS_DESCRIPTION_ID = "moeder-beskrivelse";

    /** The meetings picture's layout, in SVG user units: width, the months' left and right edge, line height. */
    private static final int PICTURE_WIDTH = 600;
    private static final int PLOT_LEFT = 150;
    private static final int MONTH_WIDTH = 37;
    private static final int HEADER_HEIGHT = 26;
    private static final int LINE_HEIGHT = 26;

    /** The suffix of a forum's details id: {@code forum-kredsraadet-mere} (numbered when taken). */
    private static final String DETAILS_SUFFIX = "mere";

    private static final Comparator<Meeting> BY_DATE = Comparator.comparing(Meeting::date);

    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
                    + "(?: ?; ?[A-Za-z0-9!#$&^_.+-]+=[A-Za-z0-9!#$&^_.+-]+)*");

    private final CooperationPlan plan;
    private final Language language;
    private final ExporterTexts texts;
    private final Language planLanguage;
    private final Wording wording;
    private final IdRegistry ids = new IdRegistry();
    /** Each forum's row id, in the order of the plan. */
    private final Map<Forum, String> rowIds = new IdentityHashMap<>();
    /** The details id of each forum that has a details block. */
    private final Map<Forum, String> detailsIds = new IdentityHashMap<>();
    /** The first forum with each plan id, for the interfaces' links. */
    private final Map<String, Forum> byPlanId = new HashMap<>();
    /** What stands between the last two meetings of a list: " og ", " and ". */
    private final String lastSeparator;

    private ViewBuilder(CooperationPlan plan, ExporterTexts texts, Language planLanguage) {
        this.plan = plan;
        this.language = texts.language();
        this.texts = texts;
        this.planLanguage = planLanguage;
        this.wording = Wording.of(language);
        this.lastSeparator = " " + t("and") + " ";
    }

    /**
     * Builds the view of one plan.
     *
     * @param plan the plan
     * @param texts the exporter's fixed texts in the page's language
     * @param planLanguage the language of the plan's own text
     * @param relatedFiles the other files of the publication
     * @return the view
     */
    static PlanView build(CooperationPlan plan, ExporterTexts texts, Language planLanguage,
            List<RelatedFile> relatedFiles) {
        return new ViewBuilder(plan, texts, planLanguage).plan(relatedFiles);
    }

    private String t(String key) {
        return texts.text(key);
    }

    private PlanView plan(List<RelatedFile> relatedFiles) {
        for (String fixed : List.of(MAIN_ID, CONTENTS_ID, ANNEX_ID, DOWNLOADS_ID, TOP_ID, MEETINGS_ID,
                MEETINGS_TITLE_ID, MEETINGS_DESCRIPTION_ID)) {
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
        // the id its forum's own id gives it; then the forums, each handed its details id as it is built (a
        // details id such as "kredsraadet-mere" can clash with a row id, so it goes through the registry too);
        // then the category ids
        int forumCount = 0;
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                rowIds.put(forum, ids.unique("forum", forum.id()));
                byPlanId.putIfAbsent(forum.id(), forum);
                forumCount++;
            }
        }
        List<List<ForumView>> forumsPerCategory = new ArrayList<>(plan.categories().size());
        for (Category category : plan.categories()) {
            List<ForumView> forums = new ArrayList<>(category.forums().size());
            for (Forum forum : category.forums()) {
                forums.add(forum(forum));
            }
            forumsPerCategory.add(forums);
        }
        List<CategoryView> categories = new ArrayList<>(plan.categories().size());
        for (int c = 0; c < plan.categories().size(); c++) {
            Category category = plan.categories().get(c);
            List<ForumView> forums = forumsPerCategory.get(c);
            List<ForumView> detailed = new ArrayList<>(forums.size());
            for (ForumView view : forums) {
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
                summary(forumCount, categories.size()), meetingsPicture(), List.copyOf(categories),
                plan.endedForums().stream().map(e -> new EndedForumView(e.id(), e.reason())).toList(),
                List.copyOf(downloads));
    }

    /**
     * The picture of the plan year's meetings: a line per forum that has meetings in the year, then a line per
     * local unit of it; empty (no picture at all) when the plan has no meeting in its year.
     */
    private List<MeetingsPictureView> meetingsPicture() {
        List<MeetingsPictureView.ForumLine> forums = new ArrayList<>();
        int lines = 0;
        int meetingCount = 0;
        int unitCount = 0;
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                List<List<Meeting>> perUnit = new ArrayList<>();
                int inYear = 0;
                for (LocalUnit unit : forum.localUnits()) {
                    List<Meeting> meetings = new ArrayList<>();
                    for (Meeting meeting : unit.meetings()) {
                        if (meeting.date().getYear() == plan.year()) {
                            meetings.add(meeting);
                        }
                    }
                    meetings.sort(BY_DATE);
                    perUnit.add(meetings);
                    inYear += meetings.size();
                }
                if (inYear == 0) {
                    continue;
                }
                int forumLine = lines++;
                List<MeetingsPictureView.UnitLine> units = new ArrayList<>();
                for (int u = 0; u < perUnit.size(); u++) {
                    LocalUnit unit = forum.localUnits().get(u);
                    List<MeetingView> views = meetings(perUnit.get(u));
                    List<MeetingsPictureView.Mark> marks = new ArrayList<>();
                    for (int m = 0; m < views.size(); m++) {
                        marks.add(new MeetingsPictureView.Mark(dayX(perUnit.get(u).get(m).date()), views.get(m)));
                    }
                    int y = lineY(lines++);
                    units.add(new MeetingsPictureView.UnitLine(y, y + 5, orNotStated(unit.municipality().name()),
                            unit.municipality().code().strip(), List.copyOf(marks)));
                }
                forums.add(new MeetingsPictureView.ForumLine(lineY(forumLine) + 5, orUntitled(forum.name()),
                        "#" + detailsIds.get(forum), List.copyOf(units)));
                meetingCount += inYear;
                unitCount += units.size();
            }
        }
        if (forums.isEmpty()) {
            return List.of();
        }
        int height = HEADER_HEIGHT + lines * LINE_HEIGHT + 6;
        String[] names = t("monthsShort").split(",");
        List<MeetingsPictureView.Month> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            int x = PLOT_LEFT + m * MONTH_WIDTH;
            months.add(new MeetingsPictureView.Month(x, MONTH_WIDTH, x + MONTH_WIDTH / 2, 18, HEADER_HEIGHT - 4,
                    height - HEADER_HEIGHT, names[m], m % 2 == 0));
        }
        String year = Integer.toString(plan.year());
        String description = t("meetingsDescription")
                .replace("{meetings}", meetingCount + " " + t(meetingCount == 1 ? "meetingOne" : "meetingMany"))
                .replace("{units}", unitCount + " " + t(unitCount == 1 ? "municipalityOne" : "municipalityMany"));
        return List.of(new MeetingsPictureView(t("meetingsHeading").replace("{year}", year),
                t("meetingsTitle").replace("{year}", year), description, PICTURE_WIDTH, height, PLOT_LEFT,
                PLOT_LEFT + 12 * MONTH_WIDTH, PLOT_LEFT - 8, List.copyOf(months), List.copyOf(forums), 5));
    }

    /** The middle of the picture's line number {@code index}. */
    private static int lineY(int index) {
        return HEADER_HEIGHT + index * LINE_HEIGHT + LINE_HEIGHT / 2;
    }

    /** Where a date's mark goes: its day within its month's column. */
    private static int dayX(LocalDate date) {
        int month = date.getMonthValue() - 1;
        return PLOT_LEFT + month * MONTH_WIDTH
                + (int) Math.round((date.getDayOfMonth() - 0.5) * MONTH_WIDTH / date.lengthOfMonth());
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

    /**
     * The view of one forum, its text split into paragraphs once. A forum gets a details block, and with it a
     * details id, when any of the fields beyond the table's columns has something to show.
     */
    private ForumView forum(Forum forum) {
        List<String> termsOfReference = paragraphs(forum.termsOfReference());
        List<String> goals = items(forum.goals());
        List<String> actionPlan = paragraphs(forum.actionPlan());
        List<String> notes = Paragraphs.of(forum.notes());
        boolean hasDetails = !termsOfReference.isEmpty() || !goals.isEmpty() || !actionPlan.isEmpty()
                || !forum.interfaces().isEmpty() || !notes.isEmpty() || !forum.localUnits().isEmpty();
        String detailsId = "";
        if (hasDetails) {
            detailsId = ids.derived(rowIds.get(forum), DETAILS_SUFFIX);
            detailsIds.put(forum, detailsId);
        }
        List<LinkView> interfaces = new ArrayList<>(forum.interfaces().size());
        for (String other : forum.interfaces()) {
            Forum target = byPlanId.get(other);
            interfaces.add(target == null ? new LinkView(other, "")
                    : new LinkView(orUntitled(target.name()), "#" + rowIds.get(target)));
        }
        List<LocalUnitView> units = new ArrayList<>(forum.localUnits().size());
        for (LocalUnit unit : forum.localUnits()) {
            units.add(new LocalUnitView(orNotStated(unit.municipality().name()), unit.municipality().code().strip(),
                    meetings(unit.meetings()), paragraphs(unit.actionPlan())));
        }
        List<String> topic = Paragraphs.of(forum.topic());
        return new ForumView(rowIds.get(forum), detailsId, orUntitled(forum.name()),
                topic.isEmpty() ? List.of(t("notStated")) : topic, items(forum.representatives()),
                forum.frequency().format(), capitalise(wording.frequency(forum.frequency())), hasDetails,
                termsOfReference, goals, actionPlan, List.copyOf(interfaces), notes, List.copyOf(units));
    }

    /** The non-blank items of a list, stripped. */
    private static List<String> items(List<String> list) {
        List<String> out = new ArrayList<>(list.size());
        for (String s : list) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
    }

    private List<MeetingView> meetings(List<Meeting> meetings) {
        List<MeetingView> views = new ArrayList<>(meetings.size());
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            String status = meeting.status()
                    .map(s -> t(s == MeetingStatus.HELD ? "meetingHeld" : "meetingPlanned")).orElse("");
            String separator = i == meetings.size() - 1 ? "" : i == meetings.size() - 2 ? lastSeparator : ", ";
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
