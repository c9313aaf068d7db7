package dk.samarbejdsplan.examples.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsplan.model.Language;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exporter's words: every key in Danish and in English, each bundle the one of its own language. */
class WordingTest {

    @Test
    void bothLanguagesHaveEveryKey() {
        ResourceBundle da = ICalendarExporter.wording(Language.DA);
        ResourceBundle en = ICalendarExporter.wording(Language.EN);
        assertEquals(new Locale("da"), da.getLocale());
        assertEquals(Locale.ENGLISH, en.getLocale());
        Set<String> keys = da.keySet();
        assertFalse(keys.isEmpty());
        assertEquals(keys, en.keySet());
        for (String key : keys) {
            assertFalse(da.getString(key).isBlank(), key);
            assertFalse(en.getString(key).isBlank(), key);
        }
    }
}
