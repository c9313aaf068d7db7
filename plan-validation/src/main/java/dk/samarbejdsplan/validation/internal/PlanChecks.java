package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanText;
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
 * The rules about lists and the whole plan, as plain Java: ids and names unique across the plan, a forum's
 * interfaces (<i>snitflader</i>: each names a forum of the plan, not the forum itself, and only once), category
 * numbering, municipality codes unique within a forum, a unit's meetings (in the plan year, in date order,
 * each date once, none marked held in the future), year-specific counts for the plan's own year, and each
 * local unit's dated meetings against the count the forum declares.
 *
 * <p>Every rule that reports on the elements of a list is here (or in {@link TextChecks}), not in a Bean
 * Validation constraint: Hibernate Validator collects the violations of one call in a hash set whose paths
 * collide for the elements of one list ({@code representatives[i].<list element>} hash alike), which makes a
 * call with many findings on one list quadratic (40 000 blank representatives took over a minute).
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
     * @param today the validator's today, for meetings marked as held
     * @return the issues found, in plan order
     */
    public static List<Issue> check(CooperationPlan plan, LocalDate today) {
        List<Issue> issues = new ArrayList<>();
        categories(plan, issues);
        forums(plan, today, issues);
        return issues;
    }

    private static void categories(CooperationPlan plan, List<Issue> issues) {
        List<Category> categories = plan.categories();
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, Integer> numbers = new HashMap<>();
        boolean orderReported = false;
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            if (!PlanText.isBlank(category.id())) {
                Integer first = ids.putIfAbsent(category.id(), c);
                if (first != null) {
                    issues.add(Issue.of(Rule.CATEGORY_ID_DUPLICATE, PlanPaths.category(c) + ".id",
                            "id", category.id(), "other", ElementRef.to(PlanPaths.category(first))));
                }
            }
            Integer sameNumber = numbers.putIfAbsent(category.number(), c);
            if (sameNumber != null) {
                issues.add(Issue.of(Rule.CATEGORY_NUMBER_DUPLICATE, PlanPaths.category(c) + ".number",
                        "number", category.number(), "other", ElementRef.to(PlanPaths.category(sameNumber))));
            } else if (!orderReported && category.number() != c + 1) {
                // only the first break in the order: every later number is then off as well
                issues.add(Issue.of(Rule.CATEGORY_NUMBER_ORDER, PlanPaths.category(c) + ".number",
                        "number", category.number(), "position", c + 1));
                orderReported = true;
            }
        }
    }

    private static void forums(CooperationPlan plan, LocalDate today, List<Issue> issues) {
        ForumsInPlanOrder places = new ForumsInPlanOrder(plan.categories());
        // every id (blank ones too, for the interfaces) and every name with the first forum that has it, by
        // its index in plan order: the paths are only written when there is something to report
        FirstForumByKey firstById = new FirstForumByKey(places.count(), i -> places.forum(i).id());
        List<Category> categories = plan.categories();
        int index = 0;
        for (Category category : categories) {
            for (Forum forum : category.forums()) {
                firstById.putIfAbsent(forum.id(), index++);
            }
        }
        FirstForumByKey firstByName = new FirstForumByKey(places.count(), i -> nameKey(places.forum(i)));
        index = 0;
        for (int c = 0; c < categories.size(); c++) {
            List<Forum> forums = categories.get(c).forums();
            for (int f = 0; f < forums.size(); f++, index++) {
                Forum forum = forums.get(f);
                if (!PlanText.isBlank(forum.id())) {
                    int first = firstById.first(forum.id(), index);
                    if (first != index) {
                        issues.add(Issue.of(Rule.FORUM_ID_DUPLICATE, PlanPaths.forum(c, f) + ".id",
                                "id", forum.id(), "other", ElementRef.to(places.path(first))));
                    }
                }
                if (!PlanText.isBlank(forum.name())) {
                    int first = firstByName.putIfAbsent(nameKey(forum), index);
                    if (first != FirstForumByKey.ABSENT) {
                        issues.add(Issue.of(Rule.FORUM_NAME_DUPLICATE, PlanPaths.forum(c, f) + ".name",
                                "other", ElementRef.to(places.path(first))));
                    }
                }
                interfaces(forum, c, f, firstById, issues);
                frequencyYear(plan, forum.frequency(), c, f, issues);
                localUnits(plan, forum, c, f, today, issues);
            }
        }
    }

    /**
     * A forum's interfaces: each names a forum of the plan ({@link Rule#INTERFACE_UNKNOWN}), not the forum
     * itself ({@link Rule#INTERFACE_SELF}), and is listed once ({@link Rule#INTERFACE_DUPLICATE}); each
     * reported on the interface itself ({@code interfaces[i]}), whose path is only written then.
     */
    private static void interfaces(Forum forum, int c, int f, FirstForumByKey firstById, List<Issue> issues) {
        List<String> interfaces = forum.interfaces();
        if (interfaces.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < interfaces.size(); i++) {
            String target = interfaces.get(i);
            if (firstById.get(target) == FirstForumByKey.ABSENT) {
                issues.add(Issue.of(Rule.INTERFACE_UNKNOWN, interfacePath(c, f, i), "id", target));
            }
            if (!seen.add(target)) {
                issues.add(Issue.of(Rule.INTERFACE_DUPLICATE, interfacePath(c, f, i), "id", target));
            } else if (!PlanText.isBlank(target) && target.equals(forum.id())) {
                issues.add(Issue.of(Rule.INTERFACE_SELF, interfacePath(c, f, i), "id", target));
            }
        }
    }

    private static String interfacePath(int c, int f, int i) {
        return PlanPaths.forum(c, f) + ".interfaces[" + i + "]";
    }

    /** Two forum names are the same when they are equal but for case and surrounding white space. */
    private static String nameKey(Forum forum) {
        return forum.name().strip().toLowerCase(Locale.ROOT);
    }

    /** The forums of a plan by their index in plan order (category by category). */
    private static final class ForumsInPlanOrder {
        private final List<Category> categories;
        /** The index of the first forum of each category; one more entry: the number of forums. */
        private final int[] starts;

        ForumsInPlanOrder(List<Category> categories) {
            this.categories = categories;
            starts = new int[categories.size() + 1];
            for (int c = 0; c < categories.size(); c++) {
                starts[c + 1] = starts[c] + categories.get(c).forums().size();
            }
        }

        int count() {
            return starts[starts.length - 1];
        }

        /** The category of a forum: the last one that starts at or before it (empty ones start where the next does). */
        private int category(int index) {
            int low = 0;
            int high = starts.length - 2;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (starts[middle] <= index) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low;
        }

        Forum forum(int index) {
            int c = category(index);
            return categories.get(c).forums().get(index - starts[c]);
        }

        String path(int index) {
            int c = category(index);
            return PlanPaths.forum(c, index - starts[c]);
        }
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

    private static void localUnits(CooperationPlan plan, Forum forum, int c, int f, LocalDate today,
            List<Issue> issues) {
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
            if (!PlanText.isBlank(code)) {
                Integer first = codes.putIfAbsent(code, u);
                if (first != null) {
                    issues.add(Issue.of(Rule.MUNICIPALITY_CODE_DUPLICATE,
                            PlanPaths.localUnit(c, f, u) + ".municipality.code",
                            "code", code, "other", ElementRef.shortTo(PlanPaths.localUnit(c, f, first))));
                }
            }
            int datesInYear = meetings(plan, unit, c, f, u, today, issues);
            if (plan.year() != 0 && forumRecordsMeetings) {
                // without a year there is nothing to hold the dates against
                meetingCount(plan, forum.frequency(), datesInYear, c, f, u, issues);
            }
        }
    }

    /**
     * A unit's meetings, in one walk: in date order ({@link Rule#MEETINGS_OUT_OF_ORDER}), each date once
     * ({@link Rule#MEETING_DUPLICATE}), none marked held after today ({@link Rule#MEETING_HELD_IN_FUTURE}) and,
     * when the plan has a year, each in it ({@link Rule#MEETING_OUTSIDE_YEAR}); each reported on the meeting
     * ({@code meetings[i]}), whose path is only written then.
     *
     * @return the number of different dates in the plan year (0 when the plan has no year)
     */
    private static int meetings(CooperationPlan plan, LocalUnit unit, int c, int f, int u, LocalDate today,
            List<Issue> issues) {
        List<Meeting> meetings = unit.meetings();
        if (meetings.isEmpty()) {
            return 0;
        }
        int year = plan.year();
        Set<LocalDate> seen = new HashSet<>();
        int datesInYear = 0;
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            LocalDate date = meeting.date();
            boolean firstOfDate = seen.add(date);
            if (!firstOfDate) {
                issues.add(Issue.of(Rule.MEETING_DUPLICATE, meetingPath(c, f, u, i), "date", date));
            } else if (i > 0 && date.isBefore(meetings.get(i - 1).date())) {
                issues.add(Issue.of(Rule.MEETINGS_OUT_OF_ORDER, meetingPath(c, f, u, i), "date", date,
                        "previous", meetings.get(i - 1).date()));
            }
            if (meeting.status().orElse(null) == MeetingStatus.HELD && date.isAfter(today)) {
                issues.add(Issue.of(Rule.MEETING_HELD_IN_FUTURE, meetingPath(c, f, u, i), "date", date,
                        "today", today));
            }
            if (year == 0) {
                continue;
            }
            if (date.getYear() != year) {
                issues.add(Issue.of(Rule.MEETING_OUTSIDE_YEAR, meetingPath(c, f, u, i), "date", date));
            } else if (firstOfDate) {
                datesInYear++;
            }
        }
        return datesInYear;
    }

    private static String meetingPath(int c, int f, int u, int m) {
        return PlanPaths.localUnit(c, f, u) + ".meetings[" + m + "]";
    }

    /**
     * The dated meetings of a unit against the forum's frequency for the plan year: fewer than the least
     * number ("Min. 4 (2 i 2007)" expects 2 in 2007), or more than the greatest ("2-3" allows 3). Only for a
     * forum that records meeting dates at all, so a plan that lists no dates (such as next year's draft) gets
     * no warning for each unit.
     */
    private static void meetingCount(CooperationPlan plan, MeetingFrequency frequency, int found, int c, int f,
            int u, List<Issue> issues) {
        OptionalInt least = frequency.minInYear(plan.year());
        if (least.isPresent() && found < least.getAsInt()) {
            issues.add(Issue.of(Rule.FEWER_MEETINGS_THAN_DECLARED, PlanPaths.localUnit(c, f, u),
                    "found", found, "expected", least.getAsInt(), "frequency", frequency));
            return;
        }
        boolean yearCountForThisYear = frequency.yearCount().filter(y -> y.year() == plan.year()).isPresent();
        OptionalInt most = frequency.maxPerYear();
        if (!yearCountForThisYear && most.isPresent() && found > most.getAsInt()) {
            issues.add(Issue.of(Rule.MORE_MEETINGS_THAN_DECLARED, PlanPaths.localUnit(c, f, u),
                    "found", found, "expected", most.getAsInt(), "frequency", frequency));
        }
    }
}
