package dk.samarbejdsplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.MeetingFrequency.AsNeeded;
import dk.samarbejdsplan.model.MeetingFrequency.AtLeast;
import dk.samarbejdsplan.model.MeetingFrequency.Between;
import dk.samarbejdsplan.model.MeetingFrequency.DecidedLocally;
import dk.samarbejdsplan.model.MeetingFrequency.Exactly;
import dk.samarbejdsplan.model.MeetingFrequency.Kind;
import dk.samarbejdsplan.model.MeetingFrequency.YearCount;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MeetingFrequency}: every form the 2007 plan uses ("Møder pr. år" column of Bilag 1), the tolerated
 * variants, the canonical text, min/max, the plain-language phrasing and the errors.
 */
class MeetingFrequencyTest {

    private static final YearCount TWO_IN_2007 = new YearCount(2, 2007);

    /** The twelve distinct texts of the seed's frequency column, and what each means. */
    @Nested
    class SeedForms {

        @Test
        void minDot4IsAtLeastFour() {
            assertEquals(new AtLeast(4), MeetingFrequency.parse("Min. 4"));
        }

        @Test
        void min4WithoutDotIsAtLeastFour() {
            // the two meetings with the courts (category Retterne) are written "Min 4" in the seed
            assertEquals(new AtLeast(4), MeetingFrequency.parse("Min 4"));
        }

        @Test
        void minDot1IsAtLeastOne() {
            assertEquals(new AtLeast(1), MeetingFrequency.parse("Min. 1"));
        }

        @ParameterizedTest
        @CsvSource({"4, 4", "2, 2", "1, 1", "52, 52"})
        void plainNumbersAreExactCounts(String text, int count) {
            MeetingFrequency f = MeetingFrequency.parse(text);
            assertInstanceOf(Exactly.class, f);
            assertEquals(new Exactly(count), f);
            assertEquals(Kind.EXACTLY, f.kind());
        }

        @ParameterizedTest
        @CsvSource({"2-3, 2, 3", "1-2, 1, 2"})
        void rangesAreBetween(String text, int min, int max) {
            MeetingFrequency f = MeetingFrequency.parse(text);
            assertEquals(new Between(min, max), f);
            assertEquals(Kind.BETWEEN, f.kind());
        }

        @Test
        void adHocIsAsNeeded() {
            MeetingFrequency f = MeetingFrequency.parse("Ad hoc");
            assertInstanceOf(AsNeeded.class, f);
            assertEquals(Kind.AS_NEEDED, f.kind());
        }

        @Test
        void besluttetLokaltIsDecidedLocally() {
            MeetingFrequency f = MeetingFrequency.parse("Besluttet lokalt");
            assertInstanceOf(DecidedLocally.class, f);
            assertEquals(Kind.DECIDED_LOCALLY, f.kind());
        }

        @Test
        void lokalraadFrequencyHasAYearCount() {
            MeetingFrequency f = MeetingFrequency.parse("Min. 4 (2 i 2007)");
            assertEquals(new AtLeast(4, Optional.of(TWO_IN_2007)), f);
            assertEquals(Kind.AT_LEAST, f.kind());
            assertEquals(Optional.of(TWO_IN_2007), f.yearCount());
        }
    }

    @Nested
    class Tolerance {

        @ParameterizedTest
        @ValueSource(strings = {"MIN. 4", "min. 4", "mIn 4", "Min.4", "Min4", "  Min.   4  ", "\tMin. 4\n",
            "Min 4", "mindst 4", "Mindst 4", "at least 4"})
        void atLeastVariants(String text) {
            assertEquals(new AtLeast(4), MeetingFrequency.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2-3", "2 - 3", "2\u20133", "2 \u2013 3", " 2-3 "})
        void rangeVariantsIncludingEnDash(String text) {
            assertEquals(new Between(2, 3), MeetingFrequency.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Ad hoc", "ad hoc", "AD HOC", "Ad-hoc", "ad-hoc", "Ad  hoc", " Ad hoc ",
            "efter behov", "as needed"})
        void asNeededVariants(String text) {
            assertEquals(new AsNeeded(), MeetingFrequency.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Besluttet lokalt", "besluttet lokalt", "BESLUTTET  LOKALT", "besluttes lokalt",
            "decided locally"})
        void decidedLocallyVariants(String text) {
            assertEquals(new DecidedLocally(), MeetingFrequency.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Min. 4 (2 i 2007)", "min 4 (2 i 2007)", "MIN. 4 (2 I 2007)", "Min. 4(2 i 2007)",
            "Min.  4  ( 2  i  2007 )", "at least 4 (2 in 2007)"})
        void yearCountVariants(String text) {
            assertEquals(new AtLeast(4, Optional.of(TWO_IN_2007)), MeetingFrequency.parse(text));
        }

        @Test
        void exactAndRangeTakeAYearCountToo() {
            assertEquals(new Exactly(4, Optional.of(TWO_IN_2007)), MeetingFrequency.parse("4 (2 i 2007)"));
            assertEquals(new Between(2, 3, Optional.of(new YearCount(1, 2008))),
                    MeetingFrequency.parse("2-3 (1 i 2008)"));
        }
    }

    @Nested
    class CanonicalFormat {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Min. 4|Min. 4", "Min 4|Min. 4", "min.4|Min. 4", "mindst 4|Min. 4", "Min. 1|Min. 1",
            "4|4", "2|2", "1|1", "52|52", " 52 |52",
            "2-3|2-3", "2 \u2013 3|2-3", "1-2|1-2",
            "Ad hoc|Ad hoc", "ad-hoc|Ad hoc", "AD HOC|Ad hoc", "efter behov|Ad hoc",
            "Besluttet lokalt|Besluttet lokalt", "besluttes lokalt|Besluttet lokalt",
            "Min. 4 (2 i 2007)|Min. 4 (2 i 2007)", "min 4 ( 2 in 2007 )|Min. 4 (2 i 2007)"})
        void formatWritesTheCanonicalDanishText(String text, String canonical) {
            assertEquals(canonical, MeetingFrequency.parse(text).format());
        }

        @Test
        void formatOfConstructedValues() {
            assertEquals("Min. 4 (2 i 2007)", new AtLeast(4, Optional.of(TWO_IN_2007)).format());
            assertEquals("4 (2 i 2007)", new Exactly(4, Optional.of(TWO_IN_2007)).format());
            assertEquals("2-3 (2 i 2007)", new Between(2, 3, Optional.of(TWO_IN_2007)).format());
            assertEquals("Ad hoc", new AsNeeded().format());
            assertEquals("Besluttet lokalt", new DecidedLocally().format());
        }
    }

    @Nested
    class MinAndMax {

        /** An exact count is both minimum and maximum, "at least" has only a minimum, a range has both. */
        @ParameterizedTest(name = "\"{0}\": min {1}, max {2}")
        @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
                52     | 52 | 52
                Min. 4 | 4  | none
                2-3    | 2  | 3
                """)
        void minAndMax(String text, Integer min, Integer max) {
            MeetingFrequency f = MeetingFrequency.parse(text);
            assertEquals(min == null ? OptionalInt.empty() : OptionalInt.of(min), f.minPerYear());
            assertEquals(max == null ? OptionalInt.empty() : OptionalInt.of(max), f.maxPerYear());
        }

        @Test
        void adHocAndDecidedLocallyHaveNeither() {
            for (String text : List.of("Ad hoc", "Besluttet lokalt")) {
                MeetingFrequency f = MeetingFrequency.parse(text);
                assertEquals(OptionalInt.empty(), f.minPerYear(), text);
                assertEquals(OptionalInt.empty(), f.maxPerYear(), text);
                assertEquals(Optional.empty(), f.yearCount(), text);
            }
        }

        @Test
        void minInYearUsesTheYearCountOnlyForItsYear() {
            MeetingFrequency lokalraad = MeetingFrequency.parse("Min. 4 (2 i 2007)");
            assertEquals(OptionalInt.of(2), lokalraad.minInYear(2007));
            assertEquals(OptionalInt.of(4), lokalraad.minInYear(2008));
            assertEquals(OptionalInt.of(4), lokalraad.minPerYear());
            assertEquals(OptionalInt.empty(), MeetingFrequency.parse("Ad hoc").minInYear(2007));
        }
    }

    @Nested
    class Separators {
        @ParameterizedTest
        @CsvSource({"'Min.\u00a04', 4", "'Min\u202f4', 4", "'\u00a0Min. 4\u00a0', 4"})
        void noBreakSpacesCountAsSpaces(String text, int count) {
            assertEquals(new MeetingFrequency.AtLeast(count), MeetingFrequency.parse(text));
        }

        @ParameterizedTest
        @CsvSource({"'2\u20113'", "'2\u20103'", "'2\u22123'", "'2 \u2013 3'"})
        void everyKindOfHyphenMakesARange(String text) {
            assertEquals(new MeetingFrequency.Between(2, 3), MeetingFrequency.parse(text));
        }

        @Test
        void negativeCountsAreRefused() {
            assertThrows(IllegalArgumentException.class, () -> new MeetingFrequency.Exactly(-1));
            assertThrows(IllegalArgumentException.class, () -> new MeetingFrequency.Between(1, -2));
            assertThrows(IllegalArgumentException.class, () -> new MeetingFrequency.YearCount(2, -2007));
        }

        @Test
        void aYearCountNeedsAFourDigitYear() {
            assertThrows(IllegalArgumentException.class, () -> new MeetingFrequency.YearCount(2, 999));
            assertThrows(IllegalArgumentException.class, () -> new MeetingFrequency.YearCount(2, 10000));
            assertEquals(2007, new MeetingFrequency.YearCount(2, 2007).year());
        }
    }

    @Nested
    class WithoutYearCount {

        @Test
        void dropsTheYearCountAndKeepsTheRest() {
            assertEquals(new AtLeast(4), MeetingFrequency.parse("Min. 4 (2 i 2007)").withoutYearCount());
            assertEquals(new Exactly(4), new Exactly(4, Optional.of(TWO_IN_2007)).withoutYearCount());
            assertEquals(new Between(2, 3), new Between(2, 3, Optional.of(TWO_IN_2007)).withoutYearCount());
            assertEquals("Min. 4", MeetingFrequency.parse("Min. 4 (2 i 2007)").withoutYearCount().format());
        }

        @Test
        void valuesWithoutAYearCountAreUnchanged() {
            AsNeeded adHoc = new AsNeeded();
            assertSame(adHoc, adHoc.withoutYearCount());
            assertEquals(new DecidedLocally(), new DecidedLocally().withoutYearCount());
            assertEquals(new Exactly(52), new Exactly(52).withoutYearCount());
        }
    }

    @Nested
    class Records {

        @Test
        void nullYearCountBecomesEmpty() {
            assertEquals(Optional.empty(), new AtLeast(4, null).yearCount());
            assertEquals(Optional.empty(), new Exactly(4, null).yearCount());
            assertEquals(Optional.empty(), new Between(2, 3, null).yearCount());
            assertEquals(new AtLeast(4), new AtLeast(4, null));
        }
    }

    @Nested
    class UnknownText {

        @ParameterizedTest
        @ValueSource(strings = {"ca. 4", "", "   ", "fire", "4-", "Min.", "Min. ", "-4", "4 gange", "2-3-4",
            "Ad hoc (2 i 2007)", "Besluttet lokalt (2 i 2007)", "Min. 4 (2 i 07)", "12345678901", "hver uge"})
        void isRejectedWithFrequencyFormatException(String text) {
            FrequencyFormatException e =
                    assertThrows(FrequencyFormatException.class, () -> MeetingFrequency.parse(text));
            assertEquals(text, e.text());
        }

        @Test
        void nullIsRejectedLikeEmptyText() {
            FrequencyFormatException e =
                    assertThrows(FrequencyFormatException.class, () -> MeetingFrequency.parse(null));
            assertEquals("", e.text());
        }

        @ParameterizedTest
        @ValueSource(strings = {"ca. 4", "", "fire", "4-", "Min."})
        void messageNamesTheTextAndTheAcceptedFormsInBothLanguages(String text) {
            FrequencyFormatException e =
                    assertThrows(FrequencyFormatException.class, () -> MeetingFrequency.parse(text));
            String en = e.message(Language.EN);
            String da = e.message(Language.DA);
            assertEquals(da, e.getMessage(), "the exception message is the Danish one, as every exception's");
            for (String message : List.of(en, da)) {
                assertTrue(message.contains("\"" + text + "\""), message);
                for (String form : List.of("\"4\"", "\"Min. 4\"", "\"Min. 4 (2 i 2007)\"", "\"2-3\"", "\"Ad hoc\"",
                        "\"Besluttet lokalt\"")) {
                    assertTrue(message.contains(form), () -> message + " lacks " + form);
                }
            }
            assertTrue(en.contains("is not a number of meetings a year"), en);
            assertTrue(da.contains("er ikke et antal møder om året"), da);
        }

        @Test
        void isAnIllegalArgumentException() {
            assertInstanceOf(IllegalArgumentException.class, new FrequencyFormatException("x"));
        }
    }
}
