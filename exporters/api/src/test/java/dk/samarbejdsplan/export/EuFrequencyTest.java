package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.model.MeetingFrequency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuFrequencyTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            52               | WEEKLY
            12               | MONTHLY
            4                | QUARTERLY
            2                | ANNUAL_2
            1                | ANNUAL
            6                | OTHER
            """)
    void exactCountsWithoutAYearCountHaveTheirOwnCode(String frequency, String code) {
        assertEquals(code, EuFrequency.code(MeetingFrequency.parse(frequency)));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ad hoc           | AS_NEEDED
            Besluttet lokalt | OTHER
            Min. 4           | OTHER
            2-3              | OTHER
            4 (2 i 2007)     | OTHER
            """)
    void everythingElseIsAsNeededOrOther(String frequency, String code) {
        assertEquals(code, EuFrequency.code(MeetingFrequency.parse(frequency)));
    }
}
