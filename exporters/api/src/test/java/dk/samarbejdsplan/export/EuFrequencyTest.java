package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.model.MeetingFrequency;
import org.junit.jupiter.api.Test;

class EuFrequencyTest {

    @Test
    void exactCountsWithoutAYearCountHaveTheirOwnCode() {
        assertEquals("WEEKLY", EuFrequency.code(MeetingFrequency.parse("52")));
        assertEquals("MONTHLY", EuFrequency.code(MeetingFrequency.parse("12")));
        assertEquals("QUARTERLY", EuFrequency.code(MeetingFrequency.parse("4")));
        assertEquals("ANNUAL_2", EuFrequency.code(MeetingFrequency.parse("2")));
        assertEquals("ANNUAL", EuFrequency.code(MeetingFrequency.parse("1")));
        assertEquals("OTHER", EuFrequency.code(MeetingFrequency.parse("6")));
    }

    @Test
    void everythingElseIsAsNeededOrOther() {
        assertEquals("AS_NEEDED", EuFrequency.code(MeetingFrequency.parse("Ad hoc")));
        assertEquals("OTHER", EuFrequency.code(MeetingFrequency.parse("Besluttet lokalt")));
        assertEquals("OTHER", EuFrequency.code(MeetingFrequency.parse("Min. 4")));
        assertEquals("OTHER", EuFrequency.code(MeetingFrequency.parse("2-3")));
        assertEquals("OTHER", EuFrequency.code(MeetingFrequency.parse("4 (2 i 2007)")));
    }
}
