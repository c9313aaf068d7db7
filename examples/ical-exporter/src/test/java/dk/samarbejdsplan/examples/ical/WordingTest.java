package dk.samarbejdsplan.examples.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsplan.export.ExporterTexts;
import dk.samarbejdsplan.model.Language;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exporter's words: every key in Danish and in English, each bundle the one of its own language. */
class WordingTest {

    @Test
    void bothLanguagesHaveEveryKey() {
        ICalendarExporter exporter = new ICalendarExporter();
        ExporterTexts da = exporter.texts(Language.DA);
        ExporterTexts en = exporter.texts(Language.EN);
        assertEquals(Language.DA, da.language());
        assertEquals(Language.EN, en.language());
        Set<String> keys = da.keys();
        assertFalse(keys.isEmpty());
        assertEquals(keys, en.keys());
        for (String key : keys) {
            assertFalse(da.text(key).isBlank(), key);
            assertFalse(en.text(key).isBlank(), key);
        }
    }
}
