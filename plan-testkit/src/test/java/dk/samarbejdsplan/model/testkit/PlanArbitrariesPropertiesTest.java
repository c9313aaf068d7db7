package dk.samarbejdsplan.model.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The arbitraries give what their Javadoc promises. */
class PlanArbitrariesPropertiesTest {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans();
    }

    @Provide
    Arbitrary<String> texts() {
        return PlanArbitraries.texts();
    }

    @Property(tries = 300)
    void plansAreValidShaped(@ForAll("plans") CooperationPlan plan) {
        assertTrue(plan.sections().size() <= 4);
        assertTrue(plan.categories().size() <= 5);
        Set<String> categoryIds = new HashSet<>();
        Set<String> forumIds = plan.forums().map(Forum::id).collect(Collectors.toSet());
        assertEquals(plan.forums().count(), forumIds.size(), "forum ids are unique");
        for (int i = 0; i < plan.categories().size(); i++) {
            Category c = plan.categories().get(i);
            assertEquals(i + 1, c.number());
            assertTrue(SLUG.matcher(c.id()).matches(), c.id());
            assertTrue(categoryIds.add(c.id()), "category ids are unique");
            assertTrue(c.forums().size() <= 6);
            checkText(c.title());
        }
        plan.discussedInDistrictCouncil().ifPresent(d -> assertEquals(plan.year(), d.getYear()));
        checkText(plan.title());
        checkText(plan.district().name());
        plan.forums().forEach(f -> checkForum(plan, f, forumIds));
    }

    private static void checkForum(CooperationPlan plan, Forum f, Set<String> forumIds) {
        assertTrue(SLUG.matcher(f.id()).matches(), f.id());
        checkText(f.name());
        checkText(f.topic());
        f.representatives().forEach(PlanArbitrariesPropertiesTest::checkText);
        for (String target : f.interfaces()) {
            assertTrue(forumIds.contains(target), "interface names a forum of the plan: " + target);
            assertNotEquals(f.id(), target, "no forum is its own interface");
        }
        f.frequency().yearCount().ifPresent(y -> assertEquals(plan.year(), y.year()));
        f.frequency().minPerYear().ifPresent(n -> assertTrue(n >= 1 && n <= 366));
        if (f.frequency() instanceof MeetingFrequency.Between b) {
            assertTrue(b.min() < b.max());
        }
        Set<String> codes = new HashSet<>();
        for (LocalUnit u : f.localUnits()) {
            assertTrue(u.municipality().code().matches("[0-9]{3}"));
            assertTrue(codes.add(u.municipality().code()), "municipality codes are unique in a forum");
            List<Meeting> meetings = u.meetings();
            for (int i = 0; i < meetings.size(); i++) {
                assertEquals(plan.year(), meetings.get(i).date().getYear());
                if (i > 0) {
                    assertTrue(meetings.get(i - 1).date().isBefore(meetings.get(i).date()), "date order");
                }
            }
        }
    }

    @Property(tries = 2000)
    void textsAreLegal(@ForAll("texts") String text) {
        checkText(text);
    }

    private static void checkText(String text) {
        assertFalse(dk.samarbejdsplan.model.PlanText.isBlank(text), "not blank: a visible character");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)),
                        "lone high surrogate at " + i);
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i);
                assertNotEquals('\0', c, "U+0000");
            }
        }
        text.codePoints().forEach(cp -> assertFalse(dk.samarbejdsplan.model.PlanText.isRaw(cp),
                String.format(java.util.Locale.ROOT, "U+%04X is raw", cp)));
        text.codePoints().forEach(cp -> assertTrue(PlanArbitraries.isLegal(cp),
                String.format(java.util.Locale.ROOT, "U+%04X is a control character or a noncharacter", cp)));
    }

    @Test
    void textsCoverTheHostileCases() {
        List<String> sample = PlanArbitraries.texts().sampleStream().limit(3000).toList();
        String all = String.join("", sample);
        for (String needle : List.of("æ", "ø", "å", "Æ", "Ø", "Å", "<", ">", "&", "\"", "'", "“", "”", "«", "»",
                "‘", "’", "\n", "\r", "\t")) {
            assertTrue(all.contains(needle), "some text contains " + escape(needle));
        }
        assertTrue(all.codePoints().anyMatch(Character::isSupplementaryCodePoint), "supplementary code points");
        assertTrue(all.codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HEBREW));
        assertTrue(all.codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC));
        assertTrue(all.codePoints().anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK));
        for (String prefix : List.of("=", "+", "-", "@")) {
            assertTrue(sample.stream().anyMatch(s -> s.startsWith(prefix)), "some text starts with " + prefix);
        }
        for (String whole : List.of("null", "yes", "~", "2007-10-26")) {
            assertTrue(sample.contains(whole), "some text is exactly " + whole);
        }
        assertTrue(sample.stream().anyMatch(s -> s.length() > 2000), "some text is longer than 2000 chars");
    }

    @Test
    void plansCoverEveryFrequencyKindAndOptionalField() {
        List<CooperationPlan> sample = PlanArbitraries.plans().sampleStream().limit(300).toList();
        Set<MeetingFrequency.Kind> kinds = EnumSet.noneOf(MeetingFrequency.Kind.class);
        sample.forEach(p -> p.forums().forEach(f -> kinds.add(f.frequency().kind())));
        assertEquals(EnumSet.allOf(MeetingFrequency.Kind.class), kinds);
        assertTrue(sample.stream().anyMatch(p -> p.categories().isEmpty()));
        assertTrue(sample.stream().anyMatch(p -> p.subtitle().isEmpty()));
        assertTrue(sample.stream().anyMatch(p -> p.subtitle().isPresent()));
        assertTrue(sample.stream().flatMap(CooperationPlan::forums).anyMatch(f -> f.actionPlan().isEmpty()));
        assertTrue(sample.stream().flatMap(CooperationPlan::forums).anyMatch(f -> f.actionPlan().isPresent()));
        assertTrue(sample.stream().flatMap(CooperationPlan::forums).anyMatch(f -> !f.localUnits().isEmpty()));
        assertTrue(sample.stream().flatMap(CooperationPlan::forums).anyMatch(f -> !f.interfaces().isEmpty()));
        assertTrue(sample.stream().flatMap(CooperationPlan::forums)
                .anyMatch(f -> f.frequency().yearCount().isPresent()));
    }

    @Test
    void syntheticPlansAreDeterministicAndOfTheAskedSize() {
        for (int size : new int[] {0, 1, 35, 1000}) {
            CooperationPlan a = SyntheticPlans.ofSize(size, 42);
            assertEquals(size, a.forums().count());
            assertEquals(a, SyntheticPlans.ofSize(size, 42), "same seed, same plan");
            Set<String> ids = a.forums().map(Forum::id).collect(Collectors.toSet());
            assertEquals(size, ids.size());
        }
        assertNotEquals(SyntheticPlans.ofSize(50, 1), SyntheticPlans.ofSize(50, 2));
        long seed = new Random(7).nextLong();
        CooperationPlan big = SyntheticPlans.ofSize(500, seed);
        Set<String> ids = big.forums().map(Forum::id).collect(Collectors.toSet());
        big.forums().forEach(f -> f.interfaces().forEach(i -> assertTrue(ids.contains(i))));
        big.forums().forEach(f -> f.localUnits().forEach(u -> u.meetings()
                .forEach(m -> assertEquals(SyntheticPlans.YEAR, m.date().getYear()))));
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
