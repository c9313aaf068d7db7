package dk.samarbejdsplan.export.jsonld.internal;

import java.time.LocalDate;
import java.util.Locale;

/** Lexical forms of XML Schema literals, independent of the default locale. */
final class Literals {
    private Literals() {
    }

    /**
     * An {@code xsd:gYear}: at least four digits, a minus sign for years before year 1 (never a plus sign).
     *
     * @param year the year
     * @return for example {@code 2007}, {@code 0950}, {@code -0044}
     */
    static String xsdYear(int year) {
        long y = year;
        String digits = String.format(Locale.ROOT, "%04d", Math.abs(y));
        return y < 0 ? "-" + digits : digits;
    }

    /**
     * An {@code xsd:date} without time zone.
     *
     * @param date the date
     * @return for example {@code 2007-10-26}
     */
    static String xsdDate(LocalDate date) {
        return xsdYear(date.getYear()) + String.format(Locale.ROOT, "-%02d-%02d", date.getMonthValue(),
                date.getDayOfMonth());
    }
}
