package dk.samarbejdsplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Language#formatDate}: the dates in words, written out by hand, in any default locale. */
class LanguageTest {

    private static final List<String> DANISH = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");
    private static final List<String> ENGLISH = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    @Test
    void everyMonthInBothLanguages() {
        for (int month = 1; month <= 12; month++) {
            LocalDate date = LocalDate.of(2007, month, month + 9);
            assertEquals((month + 9) + ". " + DANISH.get(month - 1) + " 2007", Language.DA.formatDate(date));
            assertEquals((month + 9) + " " + ENGLISH.get(month - 1) + " 2007", Language.EN.formatDate(date));
        }
        assertEquals("1. januar 2008", Language.DA.formatDate(LocalDate.of(2008, 1, 1)));
    }

    @Test
    void theDefaultLocaleDoesNotMatter() {
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.US, Locale.GERMANY, Locale.forLanguageTag("ar-SA"),
                    Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.forLanguageTag("da-DK"))) {
                Locale.setDefault(locale);
                assertEquals("26. oktober 2007", Language.DA.formatDate(LocalDate.of(2007, 10, 26)));
                assertEquals("26 October 2007", Language.EN.formatDate(LocalDate.of(2007, 10, 26)));
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
