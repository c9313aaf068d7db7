package dk.samarbejdsplan.export.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsplan.model.Language;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The text exporter's bundles: Danish and English have the same keys, none of them blank. */
class TextWordsTest {

    @Test
    void bothLanguagesHaveEveryKey() {
        assertEquals(new TreeSet<>(TextExporter.words(Language.DA).keys()),
                new TreeSet<>(TextExporter.words(Language.EN).keys()));
        for (String key : TextExporter.words(Language.DA).keys()) {
            for (Language language : Language.values()) {
                assertFalse(TextExporter.words(language).text(key).isBlank(), key);
            }
        }
    }
}
