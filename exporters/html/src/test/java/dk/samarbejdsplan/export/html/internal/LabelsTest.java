package dk.samarbejdsplan.export.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.samarbejdsplan.model.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixed texts exist in both languages, none empty, and are really translated. */
class LabelsTest {
    @Test
    void danishAndEnglishHaveTheSameKeys() {
        assertEquals(Labels.of(Language.DA).keySet(), Labels.of(Language.EN).keySet());
    }

    @Test
    void noTextIsEmpty() {
        for (Language language : Language.values()) {
            Labels.of(language).forEach((k, v) -> assertFalse(v.isBlank(), language + " " + k));
        }
    }

    @Test
    void theEnglishTextsAreNotTheDanishOnes() {
        Map<String, String> da = Labels.of(Language.DA);
        Map<String, String> en = Labels.of(Language.EN);
        for (String key : da.keySet()) {
            if (!key.equals("status") && !key.equals("colForum")) { // the same word in both languages
                assertNotEquals(da.get(key), en.get(key), key);
            }
        }
        assertEquals("Spring til indhold", da.get("skipLink"));
        assertEquals("Skip to content", en.get("skipLink"));
        assertEquals("Bilag 1: Samarbejdsfora", da.get("annexTitle"));
        assertEquals("Annex 1: Cooperation forums", en.get("annexTitle"));
    }
}
