package dk.samarbejdsplan.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.samarbejdsplan.model.FrequencyFormatException;
import dk.samarbejdsplan.model.MeetingFrequency;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The published JSON Schema of the plan file format, checked with an independent validator (networknt
 * json-schema-validator): the example plan and everything {@link PlanWriter} writes validate; broken documents
 * do not; the schema's frequency pattern accepts exactly what {@link MeetingFrequency#parse(String)} accepts.
 */
class PlanJsonSchemaTest {
    static final String RESOURCE = "/dk/samarbejdsplan/model/io/samarbejdsplan-plan.schema.json";

    private static Schema schema;
    private static JsonNode schemaNode;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = PlanJsonSchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the schema is on the class path (and so in the jar)");
            byte[] bytes = in.readAllBytes();
            schemaNode = new ObjectMapper().readTree(bytes);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new java.io.ByteArrayInputStream(bytes));
        }
    }

    private static List<Error> validate(String text, InputFormat format) {
        return schema.validate(text, format);
    }

    private static String describe(List<Error> errors) {
        return errors.stream().map(Error::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void schemaIsPublishedThroughTheApi() throws IOException {
        assertEquals(schemaNode, new ObjectMapper().readTree(PlanFormat.jsonSchema()));
        assertEquals(RESOURCE.substring(1), PlanFormat.SCHEMA_RESOURCE);
    }

    @Test
    void schemaIsDraft2020WithDescriptionsAndClosedObjects() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode.get("$schema").asString());
        assertFalse(schemaNode.get("additionalProperties").asBoolean());
        for (String def : List.of("policeDistrict", "section", "category", "forum", "localUnit", "municipality")) {
            JsonNode node = schemaNode.get("$defs").get(def);
            assertFalse(node.get("additionalProperties").asBoolean(), def);
            assertTrue(node.get("description").asString().contains("("), def + " names the Danish term");
            node.get("properties").forEach(p -> assertTrue(p.has("description") || p.has("$ref"), def));
        }
    }

    @Test
    void theExamplePlanValidates() throws IOException {
        String yaml = Files.readString(TestPlans.EXAMPLE);
        List<Error> errors = validate(yaml, InputFormat.YAML);
        assertTrue(errors.isEmpty(), describe(errors));
    }

    @Test
    void whatTheWriterWritesValidates() throws Exception {
        for (var plan : List.of(TestPlans.rich(), TestPlans.minimal(), PlanWriterTest.small())) {
            List<Error> json = validate(PlanWriter.json().toString(plan), InputFormat.JSON);
            assertTrue(json.isEmpty(), describe(json));
            List<Error> yaml = validate(PlanWriter.yaml().toString(plan), InputFormat.YAML);
            assertTrue(yaml.isEmpty(), describe(yaml));
        }
        var example = PlanReader.create().read(TestPlans.EXAMPLE).plan();
        List<Error> errors = validate(PlanWriter.json().toString(example), InputFormat.JSON);
        assertTrue(errors.isEmpty(), describe(errors));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key at the top          | titel: x                                               | 'titel'",
        "missing year                    | REMOVE year                                            | year",
        "formatVersion 2                 | formatVersion: 2                                       | /formatVersion",
        "status in Danish                | status: vedtaget                                       | /status",
        "date not ISO                    | discussedInDistrictCouncil: 13-12-2007                 | /discussedInDistrictCouncil",
        "no such month                   | discussedInDistrictCouncil: 2007-13-01                 | /discussedInDistrictCouncil",
        "district code not four digits   | district: {name: D, code: '14'}                        | /district/code",
        "year as text                    | year: '2007'                                           | /year",
        "category id with capitals       | categories: [{id: Kontakt, title: T}]                  | /categories/0/id",
        "category number 0               | categories: [{id: k, number: 0, title: T}]             | /categories/0/number",
        "forum without topic             | categories: [{id: k, title: T, forums: [{id: f, name: n, frequency: '4'}]}] | topic",
        "bad frequency                   | categories: [{id: k, title: T, forums: [{id: f, name: n, topic: t, frequency: ca. 4}]}] | /categories/0/forums/0/frequency",
        "unknown forum key               | categories: [{id: k, title: T, forums: [{id: f, name: n, topic: t, frequency: '4', emne: x}]}] | emne",
        "interface not an id             | categories: [{id: k, title: T, forums: [{id: f, name: n, topic: t, frequency: '4', interfaces: [Kredsrådet]}]}] | /interfaces/0",
        "kommunekode two digits          | categories: [{id: k, title: T, forums: [{id: f, name: n, topic: t, frequency: '4', localUnits: [{municipality: {code: '25', name: G}}]}]}] | /municipality/code",
        "kommunekode as number           | categories: [{id: k, title: T, forums: [{id: f, name: n, topic: t, frequency: '4', localUnits: [{municipality: {code: 253, name: G}}]}]}] | /municipality/code",
        "meeting status                  | categories: [{id: k, title: T, forums: [{id: f, name: n, topic: t, frequency: '4', localUnits: [{municipality: {code: '253', name: G}, meetings: [{date: '2007-10-26', status: done}]}]}]}] | /meetings/0",
        "representatives as text         | categories: [{id: k, title: T, forums: [{id: f, name: n, topic: t, frequency: '4', representatives: Politidirektøren}]}] | /representatives",
    })
    void brokenDocumentsAreRejected(String what, String change, String where) {
        String valid = "formatVersion: 1\ndistrict: {name: D}\nyear: 2007\n";
        assertTrue(validate(valid, InputFormat.YAML).isEmpty(), "the base is valid");
        String broken = change.startsWith("REMOVE ") ? valid.replace(change.substring(7) + ": 2007\n", "")
                : valid.replace("formatVersion: 1\n", change.startsWith("formatVersion") ? "" : "formatVersion: 1\n")
                        + change + "\n";
        List<Error> errors = validate(broken, InputFormat.YAML);
        assertFalse(errors.isEmpty(), what + " must be rejected:\n" + broken);
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains(where)), what + ": " + describe(errors));
    }

    @Test
    void jsonIsCheckedToo() {
        assertTrue(validate("{\"district\": {\"name\": \"D\"}, \"year\": 2007}", InputFormat.JSON).isEmpty());
        assertFalse(validate("{\"district\": {\"name\": \"D\"}, \"year\": 2007, \"extra\": 1}", InputFormat.JSON)
                .isEmpty());
        assertFalse(validate("{\"district\": {\"name\": \"D\"}, \"year\": 2007.5}", InputFormat.JSON).isEmpty());
    }

    // ---- the frequency pattern and MeetingFrequency.parse agree -----------------------------------------

    private static Pattern frequencyPattern() {
        JsonNode string = schemaNode.get("$defs").get("frequency").get("oneOf").get(0);
        return Pattern.compile(string.get("pattern").asString());
    }

    private static boolean parses(String text) {
        try {
            MeetingFrequency.parse(text);
            return true;
        } catch (FrequencyFormatException e) {
            return false;
        }
    }

    @Test
    void frequencyPatternAcceptsEveryFormOfTheSeedAndItsVariants() {
        Pattern pattern = frequencyPattern();
        for (String text : List.of("Min. 4", "Min 4", "Min. 1", "4", "2", "1", "52", "2-3", "1-2", "Ad hoc",
                "Besluttet lokalt", "Min. 4 (2 i 2007)", "MIN 4", "min.4", "mindst 4", "at least 4", "2–3", "2 - 3",
                "ad-hoc", "Ad-Hoc", "adhoc", "efter behov", "as needed", "besluttes lokalt", "decided locally",
                " 4 ", "4 (2 in 2007)", "2-3 (1 i 2008)", "Min. 4(2 i 2007)")) {
            assertTrue(parses(text), text);
            assertTrue(pattern.matcher(text).find(), "schema accepts " + text);
        }
        for (String text : List.of("ca. 4", "4x", "", "Min.", "2-", "-3", "Ad hoc (2 i 2007)", "hver uge",
                "Min. 4 (2 i 07)", "1234567890", "4 (2 i 2007)(3 i 2008)", "ad -hoc", "atleast 4")) {
            assertFalse(parses(text), text);
            assertFalse(pattern.matcher(text).find(), "schema rejects " + text);
        }
    }

    @Test
    void frequencyPatternAgreesWithTheParserOnRandomTexts() {
        Pattern pattern = frequencyPattern();
        String[] pieces = {"Min", "min", "MIN", ".", " ", "  ", "\t", "mindst", "at", "least", "4", "12", "0",
            "2007", "-", "–", "(", ")", "i", "in", "I", "Ad", "ad", "hoc", "Hoc", "efter", "behov", "as", "needed",
            "Besluttet", "besluttes", "lokalt", "decided", "locally", "x", "1234567890"};
        Random random = new Random(20071026L);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(7);
            for (int j = 0; j < n; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String candidate = text.toString();
            boolean parses = parses(candidate);
            assertEquals(parses, pattern.matcher(candidate).find(), () -> "disagree on \"" + candidate + "\"");
            accepted += parses ? 1 : 0;
        }
        assertTrue(accepted > 1_000, "the random texts include many valid frequencies: " + accepted);
    }
}
