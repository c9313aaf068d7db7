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
import java.util.function.IntFunction;

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
        Places places = new Places(plan.categories());
        // every id (blank ones too, for the interfaces) and every name with the first forum that has it, by
        // its index in plan order: the paths are only written when there is something to report
        FirstPlaces firstById = new FirstPlaces(places.count(), i -> places.forum(i).id());
        List<Category> categories = plan.categories();
        int index = 0;
        for (Category category : categories) {
            for (Forum forum : category.forums()) {
                firstById.putIfAbsent(forum.id(), index++);
            }
        }
        FirstPlaces firstByName = new FirstPlaces(places.count(), i -> nameKey(places.forum(i)));
        index = 0;
        for (int c = 0; c < categories.size(); c++) {
            List<Forum> forums = categories.get(c).forums();
            for (int f = 0; f < forums.size(); f++, index++) {
                Forum forum = forums.get(f);
                if (!forum.id().isBlank()) {
                    int first = firstById.first(forum.id(), index);
                    if (first != index) {
                        issues.add(Issue.of(Rule.FORUM_ID_DUPLICATE, PlanPaths.forum(c, f) + ".id",
                                "id", forum.id(), "other", ElementRef.to(places.path(first))));
                    }
                }
                if (!forum.name().isBlank()) {
                    int first = firstByName.putIfAbsent(nameKey(forum), index);
                    if (first != FirstPlaces.ABSENT) {
                        issues.add(Issue.of(Rule.FORUM_NAME_DUPLICATE, PlanPaths.forum(c, f) + ".name",
                                "other", ElementRef.to(places.path(first))));
                    }
                }
                List<String> interfaces = forum.interfaces();
                for (int i = 0; i < interfaces.size(); i++) {
                    String target = interfaces.get(i);
                    if (firstById.get(target) == FirstPlaces.ABSENT) {
                        issues.add(Issue.of(Rule.INTERFACE_UNKNOWN, PlanPaths.forum(c, f) + ".interfaces[" + i + "]",
                                "id", target));
                    }
                }
                frequencyYear(plan, forum.frequency(), c, f, issues);
                localUnits(plan, forum, c, f, issues);
            }
        }
    }

    /** Two forum names are the same when they are equal but for case and surrounding white space. */
    private static String nameKey(Forum forum) {
        return forum.name().strip().toLowerCase(Locale.ROOT);
    }

    /** The forums of a plan by their index in plan order (category by category). */
    private static final class Places {
        private final List<Category> categories;
        /** The index of the first forum of each category; one more entry: the number of forums. */
        private final int[] starts;

        Places(List<Category> categories) {
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

    /**
     * Keys (forum ids, or forum names as {@link #nameKey}) to the index of the first forum that has them: open
     * addressing over two {@code int} arrays, sized once for the plan's forums; the key of an entry is read
     * back from its forum when the hashes match.
     *
     * <p>Why no {@code HashMap}: for 100 000 forums its table (2^18 references, 1 MB) is a humongous object to
     * G1 with a 2 MB region (a 3 GB heap), allocated straight into the old generation and, holding references,
     * never reclaimed at a young collection. Dead after the check, it still kept its entries, boxed places and
     * name keys alive: every later young collection copied and promoted them, and validation's cost per forum
     * grew with the plan (1.8 times at 100 000 forums against 1 000, with a tenth of the time in GC pauses).
     * Arrays of {@code int} hold no references, and G1 frees them eagerly. Not thread-safe; one per check.
     */
    static final class FirstPlaces {

        /** What {@link #get} and {@link #putIfAbsent} return for a key not held. */
        static final int ABSENT = -1;

        /** The forum index plus one of each slot; 0 for an empty slot. */
        private final int[] entries;
        private final int[] hashes;
        private final IntFunction<String> keyOf;
        private final int shift;

        /**
         * @param expected the number of keys at most
         * @param keyOf the key of the forum at an index
         */
        FirstPlaces(int expected, IntFunction<String> keyOf) {
            int bits = 1;
            while ((1L << bits) < 2L * expected) {
                bits++;
            }
            entries = new int[1 << bits];
            hashes = new int[1 << bits];
            this.keyOf = keyOf;
            shift = 32 - bits;
        }

        /**
         * @param key the key
         * @param index the forum that has it, not negative
         * @return the forum already held for the key, or {@link #ABSENT} (and the forum is now held)
         */
        int putIfAbsent(String key, int index) {
            int hash = key.hashCode();
            int i = find(key, hash, ABSENT);
            if (entries[i] == 0) {
                entries[i] = index + 1;
                hashes[i] = hash;
                return ABSENT;
            }
            return entries[i] - 1;
        }

        /**
         * @param key the key
         * @return the forum held for the key, or {@link #ABSENT}
         */
        int get(String key) {
            return entries[find(key, key.hashCode(), ABSENT)] - 1;
        }

        /**
         * @param key the key of the forum at {@code index}
         * @param index a forum whose key was put
         * @return the first forum with the key: {@code index} itself when it was the first (found without
         *         reading any key back)
         */
        int first(String key, int index) {
            return entries[find(key, key.hashCode(), index)] - 1;
        }

        /**
         * The slot holding the key, or the empty slot where it would go (an empty slot holds 0, so its entry
         * minus one is {@link #ABSENT}).
         *
         * @param key the key
         * @param hash its hash code
         * @param index a forum known to have the key, matched without reading its key back; or {@link #ABSENT}
         * @return the slot
         */
        private int find(String key, int hash, int index) {
            int mask = entries.length - 1;
            for (int i = slot(hash); ; i = (i + 1) & mask) {
                int entry = entries[i];
                if (entry == 0
                        || hashes[i] == hash && (entry - 1 == index || keyOf.apply(entry - 1).equals(key))) {
                    return i;
                }
            }
        }

        /** Fibonacci hashing: the high bits of the hash times the golden ratio, against clustering. */
        private int slot(int hash) {
            return (hash * 0x9E3779B9) >>> shift;
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
