package dk.samarbejdsplan.export.jsonld.internal;

import java.time.LocalDate;

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
        return y < 0 ? "-" + zeroPadded(-y, 4) : zeroPadded(y, 4);
    }

    /**
     * An {@code xsd:date} without time zone.
     *
     * @param date the date
     * @return for example {@code 2007-10-26}
     */
    static String xsdDate(LocalDate date) {
        int year = date.getYear();
        if (year >= -9999 && year <= 9999) {
            // ISO 8601 as LocalDate writes it: four digits, a minus sign before year 1; the same as xsd:date
            return date.toString();
        }
        return xsdYear(year) + "-" + zeroPadded(date.getMonthValue(), 2) + "-"
                + zeroPadded(date.getDayOfMonth(), 2);
    }

    /** A non-negative number with leading zeros to at least {@code width} digits (cheaper than a formatter). */
    private static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
