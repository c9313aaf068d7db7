package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(Wording.of(Language.DA).keys(), Wording.of(Language.EN).keys());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Min. 4 (2 i 2007) | mindst 4 møder om året (2 i 2007) | at least 4 meetings a year (2 in 2007)
            52                | 52 møder om året (ugentligt)      | 52 meetings a year (weekly)
            1                 | 1 møde om året                    | 1 meeting a year
            2-3               | 2 til 3 møder om året             | 2 to 3 meetings a year
            Ad hoc            | efter behov                       | as needed
            Besluttet lokalt  | besluttes lokalt                  | decided locally
            Min. 1            | mindst 1 møde om året             | at least 1 meeting a year
            1200              | 1200 møder om året                | 1200 meetings a year
            """)
    void frequenciesInWords(String text, String danish, String english) {
        MeetingFrequency frequency = MeetingFrequency.parse(text);
        assertEquals(danish, Wording.of(Language.DA).frequency(frequency));
        assertEquals(english, Wording.of(Language.EN).frequency(frequency));
    }

    @Test
    void datesInWords() {
        assertEquals("26. oktober 2007", Wording.of(Language.DA).date(LocalDate.of(2007, 10, 26)));
        assertEquals("6 December 2007", Wording.of(Language.EN).date(LocalDate.of(2007, 12, 6)));
    }
}
