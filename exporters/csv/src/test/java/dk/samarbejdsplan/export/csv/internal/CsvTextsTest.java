package dk.samarbejdsplan.export.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsplan.model.Language;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The CSV exporter's headers: every table has as many columns in both languages, lowercase ASCII names (that the
 * bundles have the same keys, none blank, is the exporter contract's check).
 */
class CsvTextsTest {
    private static final CsvExporter EXPORTER = new CsvExporter();

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
