package dk.samarbejdsplan.export.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsplan.model.Language;
import java.util.Arrays;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The CSV exporter's bundles: Danish and English have the same keys, and every table the same columns. */
class CsvTextsTest {
    private static final CsvExporter EXPORTER = new CsvExporter();

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

    @Test
    void headersAreLowercaseAsciiAndAsManyInBothLanguages() {
        for (String table : new String[] {"main", "local-units", "meetings"}) {
            String[] da = EXPORTER.texts(Language.DA).text("header." + table).split(",");
            String[] en = EXPORTER.texts(Language.EN).text("header." + table).split(",");
            assertEquals(da.length, en.length, table);
            assertFalse(Arrays.stream(da).anyMatch(h -> !h.matches("[a-z_]+")), table);
            assertFalse(Arrays.stream(en).anyMatch(h -> !h.matches("[a-z_]+")), table);
        }
    }
}
