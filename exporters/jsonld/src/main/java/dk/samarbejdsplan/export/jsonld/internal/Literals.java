package dk.samarbejdsplan.export.jsonld.internal;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;

/**
 * Lexical forms of XML Schema literals, independent of the default locale: at least four year digits, a minus
 * sign for years before year 1, never a plus sign.
 */
final class Literals {
    private static final DateTimeFormatter YEAR = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 10, SignStyle.NORMAL).toFormatter();
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().append(YEAR).appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2).toFormatter();

    private Literals() {
    }

    /**
     * An {@code xsd:gYear}.
     *
     * @param year the year
     * @return for example {@code 2007}, {@code 0950}, {@code -0044}
     */
    static String xsdYear(int year) {
        return YEAR.format(Year.of(year));
    }

    /**
     * An {@code xsd:date} without time zone.
     *
     * @param date the date
     * @return for example {@code 2007-10-26}
     */
    static String xsdDate(LocalDate date) {
        return DATE.format(date);
    }
}
