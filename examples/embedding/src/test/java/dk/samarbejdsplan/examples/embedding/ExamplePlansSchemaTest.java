package dk.samarbejdsplan.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors check a plan as it is typed: every example plan starts with {@code # yaml-language-server: $schema=} and
 * the path of the JSON Schema in the repository, and validates against that schema (networknt
 * json-schema-validator); {@code new-year}'s drafts name the same schema, seen from their own folder.
 */
class ExamplePlansSchemaTest {

    private static final Path ROOT = Path.of(System.getProperty("repo.root")).toAbsolutePath().normalize();
    private static final Path SCHEMA = ROOT.resolve(
            "plan-model/src/main/resources/dk/samarbejdsplan/model/io/samarbejdsplan-plan.schema.json");

    @Test
    void everyExamplePlanNamesTheSchemaOnItsFirstLineAndValidatesAgainstIt() throws Exception {
        List<Path> plans;
        try (Stream<Path> files = Files.list(ROOT.resolve("examples/plans"))) {
            plans = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(plans.isEmpty());
        for (Path plan : plans) {
            String text = Files.readString(plan);
            String first = text.lines().findFirst().orElse("");
            assertTrue(first.startsWith(PlanWriter.SCHEMA_LINE_PREFIX), plan + " starts with: " + first);
            Path schema = plan.getParent().resolve(first.substring(PlanWriter.SCHEMA_LINE_PREFIX.length()))
                    .normalize();
            assertEquals(SCHEMA, schema, plan.toString());
            assertValid(text, schema, plan.toString());
        }
    }

    @Test
    void theSchemaInTheRepositoryIsTheOneInTheJar() throws IOException {
        assertEquals(PlanFormat.jsonSchema(), Files.readString(SCHEMA));
    }

    @Test
    void aNewYearDraftNamesTheSameSchemaSeenFromItsOwnFolder(@TempDir Path folder) throws Exception {
        Path plan = ROOT.resolve("examples/plans/samarbejdsplan-2007.yaml");
        Path draft = folder.resolve("drafts/samarbejdsplan-2008.yaml");
        Files.createDirectories(draft.getParent());
        Optional<String> location = PlanWriter.schemaLocation(plan, draft);
        assertTrue(location.isPresent());
        CooperationPlan next = PlanReader.create().read(plan).plan().nextYear(2008);
        PlanWriter.yaml().withSchemaLine(location.get()).write(next, draft);

        String text = Files.readString(draft);
        assertTrue(text.startsWith(PlanWriter.SCHEMA_LINE_PREFIX + location.get() + "\n"), text);
        assertEquals(SCHEMA, draft.getParent().resolve(location.get()).normalize());
        assertValid(text, SCHEMA, draft.toString());
        assertEquals(next, PlanReader.create().read(draft).plan(), "the line is a comment: the plan reads back");
        // JSON has no comments: written as before
        assertTrue(PlanWriter.json().withSchemaLine("x").toString(next).startsWith("{"));
    }

    @Test
    void aUrlIsKeptAndAFileWithoutTheLineHasNone(@TempDir Path folder) throws IOException {
        Path withUrl = Files.writeString(folder.resolve("a.yaml"),
                PlanWriter.SCHEMA_LINE_PREFIX + "https://example.org/plan.schema.json\nyear: 2007\n");
        assertEquals(Optional.of("https://example.org/plan.schema.json"),
                PlanWriter.schemaLocation(withUrl, folder.resolve("sub/b.yaml")));
        Path without = Files.writeString(folder.resolve("c.yaml"), "# a comment\nyear: 2007\n");
        assertEquals(Optional.empty(), PlanWriter.schemaLocation(without, folder.resolve("d.yaml")));
    }

    private static void assertValid(String yaml, Path schemaFile, String name) throws IOException {
        Schema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        List<Error> errors = schema.validate(yaml, InputFormat.YAML);
        assertEquals(List.of(), errors, name);
    }
}
