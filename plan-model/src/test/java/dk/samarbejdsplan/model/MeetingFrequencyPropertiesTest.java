package dk.samarbejdsplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.MeetingFrequency.AsNeeded;
import dk.samarbejdsplan.model.MeetingFrequency.AtLeast;
import dk.samarbejdsplan.model.MeetingFrequency.Between;
import dk.samarbejdsplan.model.MeetingFrequency.DecidedLocally;
import dk.samarbejdsplan.model.MeetingFrequency.Exactly;
import dk.samarbejdsplan.model.MeetingFrequency.YearCount;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of {@link MeetingFrequency}: format and parse are inverse, and parse is tolerant. */
class MeetingFrequencyPropertiesTest {

    @Property
    void parseOfFormatGivesTheSameValue(@ForAll("frequencies") MeetingFrequency f) {
        assertEquals(f, MeetingFrequency.parse(f.format()));
    }

    @Property
    void formatIsStableAfterOneRoundTrip(@ForAll("frequencies") MeetingFrequency f) {
        assertEquals(f.format(), MeetingFrequency.parse(f.format()).format());
    }

    @Property
    void parseIgnoresCaseAndExtraSpaces(@ForAll("frequencies") MeetingFrequency f,
            @ForAll boolean upper, @ForAll @IntRange(min = 1, max = 4) int spaces,
            @ForAll @IntRange(min = 0, max = 3) int lead, @ForAll @IntRange(min = 0, max = 3) int trail) {
        String formatted = f.format();
        String cased = upper ? formatted.toUpperCase(Locale.ROOT) : formatted.toLowerCase(Locale.ROOT);
        String spaced = " ".repeat(lead) + cased.replace(" ", " ".repeat(spaces)) + "\t".repeat(trail);
        assertEquals(f, MeetingFrequency.parse(spaced), spaced);
    }

    @Property
    void wellFormedRangesHaveMinAtMostMax(@ForAll @IntRange(min = 0, max = 10_000) int a,
            @ForAll @IntRange(min = 0, max = 10_000) int b) {
        MeetingFrequency f = MeetingFrequency.parse(Math.min(a, b) + "-" + Math.max(a, b));
        OptionalInt min = f.minPerYear();
        OptionalInt max = f.maxPerYear();
        assertTrue(min.isPresent() && max.isPresent());
        assertTrue(min.getAsInt() <= max.getAsInt(), f.format());
        assertEquals(Math.min(a, b), min.getAsInt());
        assertEquals(Math.max(a, b), max.getAsInt());
    }

    @Property
    void minAtMostMaxWhereBothArePresent(@ForAll("frequencies") MeetingFrequency f) {
        if (f instanceof Between b && b.min() > b.max()) {
            return; // an ill-formed range; the validation reports it
        }
        if (f.minPerYear().isPresent() && f.maxPerYear().isPresent()) {
            assertTrue(f.minPerYear().getAsInt() <= f.maxPerYear().getAsInt(), f.format());
        }
    }

    @Property
    void withoutYearCountKeepsCountsAndFormatsWithoutParenthesis(@ForAll("frequencies") MeetingFrequency f) {
        MeetingFrequency plain = f.withoutYearCount();
        assertEquals(Optional.empty(), plain.yearCount());
        assertEquals(f.kind(), plain.kind());
        assertEquals(f.minPerYear(), plain.minPerYear());
        assertEquals(f.maxPerYear(), plain.maxPerYear());
        assertTrue(!plain.format().contains("("), plain.format());
    }

    @Property
    void formatGivesTheTextOfTheReferenceImplementation(@ForAll("frequencies") MeetingFrequency f) {
        assertEquals(referenceFormat(f), f.format());
    }

    /** {@code format()} written independently, as the plan file format describes it. */
    private static String referenceFormat(MeetingFrequency f) {
        String base;
        if (f instanceof Exactly e) {
            base = Integer.toString(e.count());
        } else if (f instanceof AtLeast a) {
            base = "Min. " + a.count();
        } else if (f instanceof Between b) {
            base = b.min() + "-" + b.max();
        } else if (f instanceof AsNeeded) {
            base = "Ad hoc";
        } else {
            base = "Besluttet lokalt";
        }
        return f.yearCount().map(y -> base + " (" + y.count() + " i " + y.year() + ")").orElse(base);
    }

    /** All five kinds, counts 0..10000, an optional year count with a four-digit year. */
    @Provide
    Arbitrary<MeetingFrequency> frequencies() {
        Arbitrary<Integer> counts = Arbitraries.oneOf(Arbitraries.integers().between(0, 10_000),
                Arbitraries.of(0, 1, 2, 4, 12, 52, 366, 400, 401));
        Arbitrary<Optional<YearCount>> yearCounts = Combinators
                .combine(counts, Arbitraries.integers().between(1000, 9999))
                .as(YearCount::new)
                .optional(0.5);
        Arbitrary<MeetingFrequency> exactly = Combinators.combine(counts, yearCounts).as(Exactly::new);
        Arbitrary<MeetingFrequency> atLeast = Combinators.combine(counts, yearCounts).as(AtLeast::new);
        Arbitrary<MeetingFrequency> between =
                Combinators.combine(counts, counts, yearCounts).as(Between::new);
        return Arbitraries.oneOf(exactly, atLeast, between,
                Arbitraries.just(new AsNeeded()), Arbitraries.just(new DecidedLocally()));
    }
}
