package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingFrequency.AsNeeded;
import dk.samarbejdsplan.model.MeetingFrequency.AtLeast;
import dk.samarbejdsplan.model.MeetingFrequency.Between;
import dk.samarbejdsplan.model.MeetingFrequency.DecidedLocally;
import dk.samarbejdsplan.model.MeetingFrequency.Exactly;
import dk.samarbejdsplan.model.MeetingFrequency.YearCount;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Wording#frequency} against an independent writing of the same phrases (DOMAIN.md's table). */
class WordingPropertiesTest {

    @Property
    void frequencyInWordsIsThePhraseOfTheDomainTable(@ForAll("frequencies") MeetingFrequency f) {
        for (Language language : Language.values()) {
            assertEquals(reference(f, language == Language.DA), Wording.of(language).frequency(f));
        }
    }

    private static String reference(MeetingFrequency f, boolean da) {
        String base;
        if (f instanceof Exactly e) {
            base = meetings(e.count(), da) + (e.count() == 52 ? (da ? " (ugentligt)" : " (weekly)") : "");
        } else if (f instanceof AtLeast a) {
            base = (da ? "mindst " : "at least ") + meetings(a.count(), da);
        } else if (f instanceof Between b) {
            base = b.min() + (da ? " til " : " to ") + meetings(b.max(), da);
        } else if (f instanceof AsNeeded) {
            base = da ? "efter behov" : "as needed";
        } else {
            base = da ? "besluttes lokalt" : "decided locally";
        }
        return f.yearCount().map(y -> base + " (" + y.count() + (da ? " i " : " in ") + y.year() + ")").orElse(base);
    }

    private static String meetings(int count, boolean da) {
        if (da) {
            return count + (count == 1 ? " møde om året" : " møder om året");
        }
        return count + (count == 1 ? " meeting a year" : " meetings a year");
    }

    /** All five kinds, counts 0..1 000 000 000, an optional year count. */
    @Provide
    Arbitrary<MeetingFrequency> frequencies() {
        Arbitrary<Integer> counts = Arbitraries.oneOf(Arbitraries.integers().between(0, 1_000_000_000),
                Arbitraries.of(0, 1, 2, 4, 12, 52, 366, 1000, 1234567));
        Arbitrary<Optional<YearCount>> yearCounts = Combinators
                .combine(counts, Arbitraries.integers().between(1000, 9999)).as(YearCount::new).optional(0.5);
        return Arbitraries.oneOf(Combinators.combine(counts, yearCounts).as(Exactly::new),
                Combinators.combine(counts, yearCounts).as(AtLeast::new),
                Combinators.combine(counts, counts, yearCounts).as(Between::new),
                Arbitraries.just(new AsNeeded()), Arbitraries.just(new DecidedLocally()));
    }
}
