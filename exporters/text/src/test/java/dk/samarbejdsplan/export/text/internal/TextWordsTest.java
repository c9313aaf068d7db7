package dk.samarbejdsplan.export.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsplan.model.Language;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The text exporter's bundles: Danish and English have the same keys, none of them blank. */
class TextWordsTest {
    private static final TextExporter EXPORTER = new TextExporter();

    @Test
    void bothLanguagesHaveEveryKey() {
        assertEquals(new TreeSet<>(EXPORTER.texts(Language.DA).keys()),
                new TreeSet<>(EXPORTER.texts(Language.EN).keys()));
        for (String key : EXPORTER.texts(Language.DA).keys()) {
            for (Language language : Language.values()) {
                assertFalse(EXPORTER.texts(language).text(key).isBlank(), key);
            }
        }
    }
}
