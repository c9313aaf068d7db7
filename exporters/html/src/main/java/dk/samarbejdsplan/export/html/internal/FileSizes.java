package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.model.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A file's size for people, in SI units: "850 B", "12 kB", "1,2 MB" (Danish decimal comma) or "1.2 MB" (English).
 * One decimal below 10 of a unit, none above; rounded half up. Deterministic: the same text in any default locale.
 */
final class FileSizes {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private FileSizes() {
    }

    /**
     * @param bytes the size in bytes, not negative
     * @param language the language, for the decimal mark
     * @return the size in words, for example "1,2 MB"
     */
    static String format(long bytes, Language language) {
        BigDecimal value = BigDecimal.valueOf(Math.max(0, bytes));
        int unit = 0;
        while (unit < UNITS.length - 1 && value.setScale(0, RoundingMode.HALF_UP).compareTo(THOUSAND) >= 0) {
            value = value.divide(THOUSAND);
            unit++;
        }
        int decimals = unit > 0 && value.compareTo(BigDecimal.TEN) < 0 ? 1 : 0;
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        if (decimals == 1 && rounded.compareTo(BigDecimal.TEN) >= 0) {
            rounded = rounded.setScale(0, RoundingMode.HALF_UP);
        }
        String number = rounded.toPlainString();
        return (language == Language.DA ? number.replace('.', ',') : number) + " " + UNITS[unit];
    }
}
