package dk.samarbejdsplan.export.jsonld;

import dk.samarbejdsplan.export.testkit.ExporterContractTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** The exporter contract of the test kit, for the JSON-LD exporter. */
class JsonLdExporterContractTest extends ExporterContractTest {

    JsonLdExporterContractTest() {
        super("jsonld");
    }

    /** Undoes the JSON escaping: every string value (and key) of the document, one a line. */
    @Override
    protected String decodeText(String output) {
        StringBuilder text = new StringBuilder();
        try (var reader = Json.createReader(new StringReader(output))) {
            collect(reader.readValue(), text);
        }
        return text.toString();
    }

    private static void collect(JsonValue value, StringBuilder text) {
        if (value instanceof JsonString s) {
            text.append(s.getString()).append('\n');
        } else if (value instanceof JsonArray a) {
            a.forEach(v -> collect(v, text));
        } else if (value instanceof JsonObject o) {
            o.forEach((k, v) -> {
                text.append(k).append('\n');
                collect(v, text);
            });
        }
    }
}
