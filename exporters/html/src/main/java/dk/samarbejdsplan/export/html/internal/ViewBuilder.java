package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.export.html.internal.view.CategoryView;
import dk.samarbejdsplan.export.html.internal.view.DateView;
import dk.samarbejdsplan.export.html.internal.view.DownloadView;
import dk.samarbejdsplan.export.html.internal.view.ForumView;
import dk.samarbejdsplan.export.html.internal.view.Html;
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
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.regex.Pattern;

/**
 * Turns a plan into the view the templates read: numbers, ids, dates and frequencies in words, paragraphs
 * split on blank lines. Plain text only; escaping is the templates' event handler's job.
 *
 * <p>Every id of the page is handed out up front, in one pass (so that links reach forums of later categories
 * and the output does not depend on the order the templates read the view in). The forums' views are built
 * lazily, one category at a time, while the templates read them: the builder keeps only the category being
 * rendered, so the memory a render needs does not grow with the number of forums beyond their ids. Not
 * thread-safe: one builder per render.
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

    /** The details block of a forum that has none. */
    private static final Html NO_DETAILS = new Html(out -> { });

    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
                    + "(?: ?; ?[A-Za-z0-9!#$&^_.+-]+=[A-Za-z0-9!#$&^_.+-]+)*");

    private final CooperationPlan plan;
    private final Language language;
    private final Language planLanguage;
    private final IdRegistry ids;
    /** The first forum of every category in the flat numbering of all forums. */
    private final int[] firstForum;
    /** Each forum's row id and details id, by flat number. */
    private final String[] rowIds;
    private final String[] detailsIds;
    /**
     * A plan forum id that some forum names as an interface to the flat number of the first forum with that id,
     * for the interfaces' links (only the ids named, so that it stays small).
     */
    private final Map<String, Integer> forumNumbers = new HashMap<>();
    /** The short form and the words of each frequency the plan uses (a plan has a handful). */
    private final Map<MeetingFrequency, String[]> frequencies = new HashMap<>();
    private final String notStated;
    private final String untitled;
    /** Writes the table rows and details blocks. */
    private final ForumHtml html;

    /** The category whose forums were built last, and its forums; -1 before the first. */
    private int builtCategory = -1;
    private List<ForumView> builtForums;
    private List<ForumView> builtDetailed;

    private ViewBuilder(CooperationPlan plan, Language language, Language planLanguage) {
        this.plan = plan;
        this.language = language;
        this.planLanguage = planLanguage;
        this.notStated = t("notStated");
        this.untitled = t("untitled");
        this.html = new ForumHtml(language, textLang());
        List<Category> categories = plan.categories();
        firstForum = new int[categories.size() + 1];
        int count = 0;
        for (int c = 0; c < categories.size(); c++) {
            firstForum[c] = count;
            count += categories.get(c).forums().size();
        }
        firstForum[categories.size()] = count;
        rowIds = new String[count];
        detailsIds = new String[count];
        // a row id per forum, a details id for some, a heading id per category and section, the fixed ones
        ids = new IdRegistry(count * 3 / 2 + categories.size() + plan.sections().size() + 8);
    }

    /**
     * Builds the view of one plan; the forums' views are built while the templates read them.
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

        // forum ids first, so that an interface can link to a forum in a later category, and so that every row
        // keeps the id its forum's own id gives it, whatever details ids are taken after
        List<Category> planCategories = plan.categories();
        for (Category category : planCategories) {
            for (Forum forum : category.forums()) {
                if (!forum.interfaces().isEmpty()) {
                    for (String other : forum.interfaces()) {
                        forumNumbers.put(other, -1);
                    }
                }
            }
        }
        int flat = 0;
        for (int c = 0; c < planCategories.size(); c++) {
            List<Forum> forums = planCategories.get(c).forums();
            for (int f = 0; f < forums.size(); f++, flat++) {
                String id = forums.get(f).id();
                rowIds[flat] = ids.unique("forum", id);
                if (!forumNumbers.isEmpty()) {
                    forumNumbers.replace(id, -1, flat); // the first forum with the id, if one links to it
                }
            }
        }
        // then the details ids of the forums that have a details block (through the registry too:
        // "kredsraadet-mere" is a valid forum id of its own). A details id can clash with a row id only, never
        // with another details id, so which forums take one changes no other id
        flat = 0;
        for (int c = 0; c < planCategories.size(); c++) {
            List<Forum> forums = planCategories.get(c).forums();
            for (int f = 0; f < forums.size(); f++, flat++) {
                detailsIds[flat] = hasDetails(forums.get(f)) ? ids.derived(rowIds[flat], DETAILS_SUFFIX) : "";
            }
        }
        List<CategoryView> categories = new ArrayList<>(planCategories.size());
        for (int c = 0; c < planCategories.size(); c++) {
            Category category = planCategories.get(c);
            Forums forums = new Forums(c, false);
            Forums detailed = new Forums(c, true);
            categories.add(new CategoryView(ids.unique("kategori", category.id().isBlank()
                    ? Integer.toString(category.number()) : category.id()),
                    category.number() + ". " + orUntitled(category.title()), forums, detailed,
                    new Html(out -> html.rows(forums, out)), new Html(out -> html.details(detailed, out))));
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
        return new PlanView(language.tag(), textLang(),
                district.isBlank() ? title : title + " – " + district,
                title, plan.subtitle().map(String::strip).orElse(""), district,
                Integer.toString(plan.year()), Integer.toString(plan.edition()),
                t(plan.status() == PlanStatus.ADOPTED ? "statusAdopted" : "statusDraft"),
                plan.status() == PlanStatus.DRAFT, plan.legalBasis(), discussed, List.copyOf(sections), ANNEX_ID,
                summary(rowIds.length, categories.size()), List.copyOf(categories), List.copyOf(downloads));
    }

    /**
     * The forums of one category (or those of them with a details block), built when first read: reading
     * another category's forums forgets them, reading them again builds them again (the same views).
     */
    private final class Forums extends AbstractList<ForumView> implements RandomAccess {
        private final int category;
        private final boolean detailedOnly;

        Forums(int category, boolean detailedOnly) {
            this.category = category;
            this.detailedOnly = detailedOnly;
        }

        @Override
        public ForumView get(int index) {
            return forums(category, detailedOnly).get(index);
        }

        @Override
        public int size() {
            return detailedOnly ? forums(category, true).size() : firstForum[category + 1] - firstForum[category];
        }
    }

    private List<ForumView> forums(int category, boolean detailedOnly) {
        if (builtCategory != category) {
            builtForums = null; // let the previous category's views go before building the next
            builtDetailed = null;
            List<Forum> forums = plan.categories().get(category).forums();
            ForumView[] views = new ForumView[forums.size()];
            int detailed = 0;
            for (int f = 0; f < views.length; f++) {
                views[f] = forum(forums.get(f), firstForum[category] + f);
                if (views[f].hasDetails()) {
                    detailed++;
                }
            }
            ForumView[] withDetails = new ForumView[detailed];
            detailed = 0;
            for (ForumView view : views) {
                if (view.hasDetails()) {
                    withDetails[detailed++] = view;
                }
            }
            builtForums = List.of(views);
            builtDetailed = List.of(withDetails);
            builtCategory = category;
        }
        return detailedOnly ? builtDetailed : builtForums;
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

    private ForumView forum(Forum forum, int number) {
        List<LinkView> interfaces = List.of();
        if (!forum.interfaces().isEmpty()) {
            LinkView[] links = new LinkView[forum.interfaces().size()];
            for (int i = 0; i < links.length; i++) {
                String other = forum.interfaces().get(i);
                Integer target = forumNumbers.get(other);
                links[i] = target == null || target < 0 ? new LinkView(other, "")
                        : new LinkView(orUntitled(forum(target).name()), "#" + rowIds[target]);
            }
            interfaces = List.of(links);
        }
        List<LocalUnitView> units = List.of();
        if (!forum.localUnits().isEmpty()) {
            LocalUnitView[] views = new LocalUnitView[forum.localUnits().size()];
            for (int i = 0; i < views.length; i++) {
                LocalUnit unit = forum.localUnits().get(i);
                views[i] = new LocalUnitView(orNotStated(unit.municipality().name()), meetings(unit.meetings()),
                        paragraphs(unit.actionPlan()));
            }
            units = List.of(views);
        }
        List<String> goals = items(forum.goals());
        List<String> termsOfReference = paragraphs(forum.termsOfReference());
        List<String> actionPlan = paragraphs(forum.actionPlan());
        List<String> notes = Paragraphs.of(forum.notes());
        boolean hasDetails = !termsOfReference.isEmpty() || !goals.isEmpty() || !actionPlan.isEmpty()
                || !interfaces.isEmpty() || !notes.isEmpty() || !units.isEmpty();
        assert hasDetails == !detailsIds[number].isEmpty();
        List<String> topic = Paragraphs.of(forum.topic());
        String[] frequency = frequencies.computeIfAbsent(forum.frequency(),
                f -> new String[] {shortFrequency(f), capitalise(f.describe(language))});
        String id = rowIds[number];
        String detailsId = detailsIds[number];
        String name = orUntitled(forum.name());
        Html details = NO_DETAILS;
        if (hasDetails) {
            // the view is not made yet: the block is written from the same values
            List<LinkView> links = interfaces;
            List<LocalUnitView> localUnits = units;
            details = new Html(out -> html.details(new ForumView(id, detailsId, name, List.of(), List.of(), "", "",
                    true, termsOfReference, goals, actionPlan, links, notes, localUnits, NO_DETAILS), out));
        }
        return new ForumView(id, detailsId, name, topic.isEmpty() ? List.of(notStated) : topic,
                items(forum.representatives()), frequency[0], frequency[1], hasDetails, termsOfReference,
                goals, actionPlan, interfaces, notes, units, details);
    }

    /**
     * Whether a forum gets a details block: whether any of the fields beyond the table's columns has text (the
     * same as {@code hasDetails} of its view: a text has a paragraph exactly when it is not blank).
     */
    private static boolean hasDetails(Forum forum) {
        return forum.termsOfReference().isPresent() && !forum.termsOfReference().get().isBlank()
                || anyText(forum.goals())
                || forum.actionPlan().isPresent() && !forum.actionPlan().get().isBlank()
                || !forum.interfaces().isEmpty() || anyText(forum.notes()) || !forum.localUnits().isEmpty();
    }

    private static boolean anyText(List<String> texts) {
        for (String text : texts) {
            if (!text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The forum with a flat number. */
    private Forum forum(int number) {
        int c = 0;
        int low = 0;
        int high = firstForum.length - 2;
        while (low <= high) { // the last category whose first forum is at or before the number
            int mid = (low + high) >>> 1;
            if (firstForum[mid] <= number) {
                c = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        while (firstForum[c + 1] <= number) { // skip empty categories
            c++;
        }
        return plan.categories().get(c).forums().get(number - firstForum[c]);
    }

    /** The non-blank items of a list, stripped; the list itself when they all are already. */
    private static List<String> items(List<String> list) {
        for (int i = 0; i < list.size(); i++) {
            String item = list.get(i);
            if (item.isBlank() || item.strip() != item) {
                List<String> out = new ArrayList<>(list.size());
                for (String s : list) {
                    if (!s.isBlank()) {
                        out.add(s.strip());
                    }
                }
                return List.copyOf(out);
            }
        }
        return list; // the model's lists are unmodifiable
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
        return text.isBlank() ? untitled : text.strip();
    }

    private String orNotStated(String text) {
        return text.isBlank() ? notStated : text.strip();
    }

    private static List<String> paragraphs(Optional<String> text) {
        return text.isPresent() ? Paragraphs.of(text.get()) : List.of();
    }
}
