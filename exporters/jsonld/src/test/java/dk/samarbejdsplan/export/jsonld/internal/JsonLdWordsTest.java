package dk.samarbejdsplan.export.jsonld.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JSON-LD exporter's bundles: Danish and English have the same keys, none blank; its name and parameters. */
class JsonLdWordsTest {
    private static final JsonLdExporter EXPORTER = new JsonLdExporter();

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
    void namesAndParameters() {
        JsonLdExporter exporter = new JsonLdExporter();
        assertEquals("JSON-LD (linkede data)", exporter.displayName(Language.DA));
        assertEquals("JSON-LD (linked data)", exporter.displayName(Language.EN));
        assertEquals(List.of("jsonld.pretty", "jsonld.base"), exporter.parameters().stream().map(p -> p.key()).toList());
        assertEquals(List.of("true", "false"), exporter.parameters().get(0).allowedValues());
        assertEquals(List.of(), exporter.parameters().get(1).allowedValues());
    }
}
