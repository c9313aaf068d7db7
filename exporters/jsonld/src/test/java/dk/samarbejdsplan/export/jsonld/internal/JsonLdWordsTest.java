package dk.samarbejdsplan.export.jsonld.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON-LD exporter's names and parameters (that its bundles have the same keys is the contract's check). */
class JsonLdWordsTest {
    @Test
    void namesAndParameters() {
        JsonLdExporter exporter = new JsonLdExporter();
        assertEquals("JSON-LD (linkede data)", exporter.displayName(Language.DA));
        assertEquals("JSON-LD (linked data)", exporter.displayName(Language.EN));
        assertEquals(List.of("jsonld.pretty", "jsonld.base"), exporter.parameters().stream().map(p -> p.key()).toList());
        assertEquals(List.of("true", "false"), exporter.parameters().get(0).allowedValues());
        assertEquals(List.of(), exporter.parameters().get(1).allowedValues());
    }
}
