package dk.samarbejdsplan.export.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.model.Language;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** File sizes for people: SI units, one decimal below 10, the language's decimal mark, any default locale. */
class FileSizesTest {
    @Test
    void sizesInDanishAndEnglish() {
        String[][] cases = {
                {"0", "0 B", "0 B"}, {"850", "850 B", "850 B"}, {"999", "999 B", "999 B"},
                {"1000", "1,0 kB", "1.0 kB"}, {"1234", "1,2 kB", "1.2 kB"}, {"9960", "10 kB", "10 kB"},
                {"12000", "12 kB", "12 kB"}, {"12499", "12 kB", "12 kB"}, {"999499", "999 kB", "999 kB"}, {"999500", "1,0 MB", "1.0 MB"},
                {"999950", "1,0 MB", "1.0 MB"}, {"1234567", "1,2 MB", "1.2 MB"}, {"45600000", "46 MB", "46 MB"},
                {"3000000000", "3,0 GB", "3.0 GB"}};
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.US, Locale.forLanguageTag("da-DK")}) {
                Locale.setDefault(locale);
                for (String[] c : cases) {
                    assertEquals(c[1], FileSizes.format(Long.parseLong(c[0]), Language.DA), c[0]);
                    assertEquals(c[2], FileSizes.format(Long.parseLong(c[0]), Language.EN), c[0]);
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
