package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samarbejdsplan.model.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExporterTextsTest {

    @Test
    void readsUtf8PropertiesAndFillsPlaceholdersWithoutGrouping() {
        ExporterTexts texts = ExporterTexts.read(new ByteArrayInputStream(
                "label=Møder om året\ncount={0} møder i {1}\n".getBytes(StandardCharsets.UTF_8)), Language.DA);
        assertEquals("Møder om året", texts.text("label"));
        assertEquals("12345 møder i 2007", texts.format("count", 12345, 2007));
        assertEquals(Set.of("label", "count"), texts.keys());
        assertEquals(Language.DA, texts.language());
    }

    @Test
    void aMissingBundleIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExporterTexts.read(null, Language.EN));
        assertEquals("the en text bundle is missing from the jar", e.getMessage());
    }
}
