package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rules that need the whole plan, as plain Java: ids and names unique across the plan, interfaces that
 * resolve, category numbering, municipality codes unique within a forum, meeting dates in the plan year,
 * year-specific counts for the plan's own year, and each local unit's dated meetings against the count the
 * forum declares.
 *
 * <p>Stateless and thread-safe. Blank values are left to the field rules (a blank id is not also a
 * duplicate).
 */
public final class PlanChecks {

    private PlanChecks() {
    }

    /**
     * Checks a plan.
     *
     * @param plan the plan
     * @return the issues found, in plan order
     */
    public static List<Issue> check(CooperationPlan plan) {
        List<Issue> issues = new ArrayList<>();
        categories(plan, issues);
        forums(plan, issues);
        return issues;
    }

    private static void categories(CooperationPlan plan, List<Issue> issues) {
        List<Category> categories = plan.categories();
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, Integer> numbers = new HashMap<>();
        boolean orderReported = false;
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            String path = PlanPaths.category(c);
            if (!category.id().isBlank()) {
                Integer first = ids.putIfAbsent(category.id(), c);
                if (first != null) {
                    issues.add(Issue.of(Rule.CATEGORY_ID_DUPLICATE, path + ".id",
                            "id", category.id(), "other", ElementRef.to(PlanPaths.category(first))));
                }
            }
            Integer sameNumber = numbers.putIfAbsent(category.number(), c);
            if (sameNumber != null) {
                issues.add(Issue.of(Rule.CATEGORY_NUMBER_DUPLICATE, path + ".number",
                        "number", category.number(), "other", ElementRef.to(PlanPaths.category(sameNumber))));
            } else if (!orderReported && category.number() != c + 1) {
                // only the first break in the order: every later number is then off as well
                issues.add(Issue.of(Rule.CATEGORY_NUMBER_ORDER, path + ".number",
                        "number", category.number(), "position", c + 1));
                orderReported = true;
            }
        }
    }

    private static void forums(CooperationPlan plan, List<Issue> issues) {
        List<Category> categories = plan.categories();
        int count = 0;
        for (Category category : categories) {
            count += category.forums().size();
        }
        // every id (blank ones too, for the interfaces) with the place of the first forum that has it,
        // as (category << 32 | forum): the paths are only written when there is something to report
        Map<String, Long> firstById = new HashMap<>(capacity(count));
        for (int c = 0; c < categories.size(); c++) {
            List<Forum> forums = categories.get(c).forums();
            for (int f = 0; f < forums.size(); f++) {
                firstById.putIfAbsent(forums.get(f).id(), place(c, f));
            }
        }
        Map<String, Long> firstByName = new HashMap<>(capacity(count));
        for (int c = 0; c < categories.size(); c++) {
            List<Forum> forums = categories.get(c).forums();
            for (int f = 0; f < forums.size(); f++) {
                Forum forum = forums.get(f);
                long place = place(c, f);
                if (!forum.id().isBlank()) {
                    long first = firstById.get(forum.id());
                    if (first != place) {
                        issues.add(Issue.of(Rule.FORUM_ID_DUPLICATE, PlanPaths.forum(c, f) + ".id",
                                "id", forum.id(), "other", ElementRef.to(forumPath(first))));
                    }
                }
                if (!forum.name().isBlank()) {
                    String key = forum.name().strip().toLowerCase(Locale.ROOT);
                    Long first = firstByName.putIfAbsent(key, place);
                    if (first != null) {
                        issues.add(Issue.of(Rule.FORUM_NAME_DUPLICATE, PlanPaths.forum(c, f) + ".name",
                                "other", ElementRef.to(forumPath(first))));
                    }
                }
                List<String> interfaces = forum.interfaces();
                for (int i = 0; i < interfaces.size(); i++) {
                    String target = interfaces.get(i);
                    if (!firstById.containsKey(target)) {
                        issues.add(Issue.of(Rule.INTERFACE_UNKNOWN, PlanPaths.forum(c, f) + ".interfaces[" + i + "]",
                                "id", target));
                    }
                }
                frequencyYear(plan, forum.frequency(), c, f, issues);
                localUnits(plan, forum, c, f, issues);
            }
        }
    }

    /** The initial capacity of a hash map that holds {@code size} entries without growing. */
    private static int capacity(int size) {
        return (int) Math.min(Integer.MAX_VALUE, size * 4L / 3 + 1);
    }

    private static long place(int c, int f) {
        return ((long) c << 32) | f;
    }

    private static String forumPath(long place) {
        return PlanPaths.forum((int) (place >>> 32), (int) place);
    }

    private static void frequencyYear(CooperationPlan plan, MeetingFrequency frequency, int c, int f,
            List<Issue> issues) {
        if (plan.year() == 0) {
            return; // the missing year is reported on its own
        }
        Optional<MeetingFrequency.YearCount> yearCount = frequency.yearCount();
        if (yearCount.isPresent() && yearCount.get().year() != plan.year()) {
            issues.add(Issue.of(Rule.FREQUENCY_YEAR_MISMATCH, PlanPaths.forum(c, f) + ".frequency",
                    "frequency", frequency, "countYear", yearCount.get().year()));
        }
    }

    private static void localUnits(CooperationPlan plan, Forum forum, int c, int f, List<Issue> issues) {
        List<LocalUnit> units = forum.localUnits();
        if (units.isEmpty()) {
            return;
        }
        Map<String, Integer> codes = new HashMap<>();
        boolean forumRecordsMeetings = false;
        for (LocalUnit unit : units) {
            forumRecordsMeetings |= !unit.meetings().isEmpty();
        }
        for (int u = 0; u < units.size(); u++) {
            LocalUnit unit = units.get(u);
            String code = unit.municipality().code();
            if (!code.isBlank()) {
                Integer first = codes.putIfAbsent(code, u);
                if (first != null) {
                    issues.add(Issue.of(Rule.MUNICIPALITY_CODE_DUPLICATE,
                            PlanPaths.localUnit(c, f, u) + ".municipality.code",
                            "code", code, "other", ElementRef.shortTo(PlanPaths.localUnit(c, f, first))));
                }
            }
            if (plan.year() == 0) {
                continue; // without a year there is nothing to hold the dates against
            }
            Set<LocalDate> inYear = new HashSet<>();
            for (int m = 0; m < unit.meetings().size(); m++) {
                Meeting meeting = unit.meetings().get(m);
                if (meeting.date().getYear() == plan.year()) {
                    inYear.add(meeting.date());
                } else {
                    issues.add(Issue.of(Rule.MEETING_OUTSIDE_YEAR, PlanPaths.localUnit(c, f, u) + ".meetings[" + m + "]",
                            "date", meeting.date()));
                }
            }
            if (forumRecordsMeetings) {
                meetingCount(plan, forum.frequency(), inYear.size(), PlanPaths.localUnit(c, f, u), issues);
            }
        }
    }

    /**
     * The dated meetings of a unit against the forum's frequency for the plan year: fewer than the least
     * number ("Min. 4 (2 i 2007)" expects 2 in 2007), or more than the greatest ("2-3" allows 3). Only for a
     * forum that records meeting dates at all, so a plan that lists no dates (such as next year's draft) gets
     * no warning for each unit.
     */
    private static void meetingCount(CooperationPlan plan, MeetingFrequency frequency, int found, String path,
            List<Issue> issues) {
        OptionalInt least = frequency.minInYear(plan.year());
        if (least.isPresent() && found < least.getAsInt()) {
            issues.add(Issue.of(Rule.FEWER_MEETINGS_THAN_DECLARED, path,
                    "found", found, "expected", least.getAsInt(), "frequency", frequency));
            return;
        }
        boolean yearCountForThisYear = frequency.yearCount().filter(y -> y.year() == plan.year()).isPresent();
        OptionalInt most = frequency.maxPerYear();
        if (!yearCountForThisYear && most.isPresent() && found > most.getAsInt()) {
            issues.add(Issue.of(Rule.MORE_MEETINGS_THAN_DECLARED, path,
                    "found", found, "expected", most.getAsInt(), "frequency", frequency));
        }
    }
}
