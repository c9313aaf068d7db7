package dk.samarbejdsplan.export.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.samarbejdsplan.model.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fixed texts are really translated (that both languages have every key, none blank, is the exporter
 * contract's check: {@code HtmlExporterContractTest}).
 */
class LabelsTest {
    @Test
    void theEnglishTextsAreNotTheDanishOnes() {
        Map<String, String> da = new HtmlExporter().texts(Language.DA).asMap();
        Map<String, String> en = new HtmlExporter().texts(Language.EN).asMap();
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
