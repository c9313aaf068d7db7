package dk.samarbejdsplan.export.jsonld.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The XML Schema lexical forms, against {@code String.format} (what the exporter once used) as the oracle. */
class LiteralsTest {

    private static String oracleYear(int year) {
        return year < 0 ? "-" + String.format(Locale.ROOT, "%04d", -(long) year)
                : String.format(Locale.ROOT, "%04d", year);
    }

    @Test
    void examples() {
        assertEquals("2007", Literals.xsdYear(2007));
        assertEquals("0950", Literals.xsdYear(950));
        assertEquals("-0044", Literals.xsdYear(-44));
        assertEquals("12345", Literals.xsdYear(12345));
        assertEquals("2007-10-26", Literals.xsdDate(LocalDate.of(2007, 10, 26)));
        assertEquals("0950-01-05", Literals.xsdDate(LocalDate.of(950, 1, 5)));
        assertEquals("-0044-03-15", Literals.xsdDate(LocalDate.of(-44, 3, 15)));
        assertEquals("10000-12-31", Literals.xsdDate(LocalDate.of(10000, 12, 31)), "no plus sign");
        assertEquals("-10000-01-01", Literals.xsdDate(LocalDate.of(-10000, 1, 1)));
    }

    @Property(tries = 300)
    void datesAsTheOracleWritesThem(@ForAll @IntRange(min = -20000, max = 20000) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
        assertEquals(oracleYear(year) + String.format(Locale.ROOT, "-%02d-%02d", month, day),
                Literals.xsdDate(LocalDate.of(year, month, day)));
        assertEquals(oracleYear(year), Literals.xsdYear(year));
    }
}
