package dk.samarbejdsplan.export.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link FrequencyTexts} gives {@link MeetingFrequency#describe(Language)} of every frequency, also of many
 * distinct ones in one export, and its keys are equal exactly when the frequencies are.
 */
class FrequencyTextsTest {

    @Property(tries = 300)
    void everyFrequencyIsDescribedAsTheModelDescribesIt(@ForAll("frequencies") List<MeetingFrequency> frequencies,
            @ForAll Language language) {
        FrequencyTexts texts = new FrequencyTexts(language);
        for (int round = 0; round < 2; round++) {
            for (MeetingFrequency f : frequencies) {
                assertEquals(f.describe(language), texts.describe(f), f::toString);
            }
        }
    }

    @Property(tries = 2000)
    void equalKeysMeanEqualFrequencies(@ForAll("frequency") MeetingFrequency a,
            @ForAll("frequency") MeetingFrequency b) {
        long ka = FrequencyTexts.key(a);
        long kb = FrequencyTexts.key(b);
        if (ka != 0 && kb != 0) {
            assertEquals(a.equals(b), ka == kb, () -> a + " " + b);
        }
    }

    @Test
    void numbersBeyondThePackingAreDescribedEveryTime() {
        MeetingFrequency big = new MeetingFrequency.Exactly(5000);
        assertEquals(0, FrequencyTexts.key(big));
        assertEquals(0, FrequencyTexts.key(new MeetingFrequency.Between(1, 4096)));
        FrequencyTexts texts = new FrequencyTexts(Language.DA);
        assertEquals(big.describe(Language.DA), texts.describe(big));
        MeetingFrequency withYear = new MeetingFrequency.AtLeast(4,
                Optional.of(new MeetingFrequency.YearCount(2, 2007)));
        MeetingFrequency otherYear = new MeetingFrequency.AtLeast(4,
                Optional.of(new MeetingFrequency.YearCount(2, 2008)));
        assertEquals(withYear.describe(Language.EN), new FrequencyTexts(Language.EN).describe(withYear));
        assertNotEquals(FrequencyTexts.key(withYear), FrequencyTexts.key(otherYear));
    }

    @Provide
    Arbitrary<List<MeetingFrequency>> frequencies() {
        return frequency().list().ofMaxSize(300);
    }

    @Provide
    Arbitrary<MeetingFrequency> frequency() {
        Arbitrary<MeetingFrequency> small = Arbitraries.of(new MeetingFrequency.Exactly(4),
                new MeetingFrequency.AtLeast(4), new MeetingFrequency.Between(2, 3), new MeetingFrequency.AsNeeded(),
                new MeetingFrequency.DecidedLocally(), new MeetingFrequency.Exactly(52));
        return Arbitraries.oneOf(small, PlanArbitraries.frequencies());
    }
}
