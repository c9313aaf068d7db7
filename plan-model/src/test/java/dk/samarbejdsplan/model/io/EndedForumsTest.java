package dk.samarbejdsplan.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.EndedForum;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan's ended forums ({@code endedForums: [{id, reason}]}): built, written, read back and described by the schema. */
class EndedForumsTest {
    private static final String YAML = """
            district: {name: Midt- og Vestsjællands Politi, code: "1467"}
            year: 2008
            categories:
              - id: kontakt
                title: Kontakt
            endedForums:
              - id: bevillingsnaevne
                reason: Lagt sammen med kontaktudvalget.
              - id: pressen
                reason: "Erstattet af en fast pressekontakt: se afsnit 3"
            """;

    private static CooperationPlan plan() {
        return CooperationPlan.builder().district(dk.samarbejdsplan.model.PoliceDistrict.of("D", "1467")).year(2008)
                .category("kontakt", "Kontakt", List.of())
                .endedForum("bevillingsnaevne", "Lagt sammen med kontaktudvalget.")
                .endedForum("pressen", "reason: with \"quotes\", # a hash,\nand a second line")
                .build();
    }

    @Test
    void theBuilderRecordsEndedForumsAndToBuilderKeepsThem() {
        CooperationPlan plan = plan();
        assertEquals(List.of(new EndedForum("bevillingsnaevne", "Lagt sammen med kontaktudvalget."),
                new EndedForum("pressen", "reason: with \"quotes\", # a hash,\nand a second line")), plan.endedForums());
        assertEquals(plan, plan.toBuilder().build());
        assertEquals(List.of(), plan.toBuilder().endedForums(List.of()).build().endedForums());
        assertEquals(List.of(), plan.nextYear(2009).endedForums(), "next year's draft records no ended forums");
        assertThrows(NullPointerException.class, () -> new EndedForum("x", null));
    }

    @Test
    void aPlanWithoutEndedForumsIsWrittenWithoutTheKey() {
        CooperationPlan plan = plan().toBuilder().endedForums(List.of()).build();
        assertFalse(PlanWriter.yaml().toString(plan).contains("endedForums"));
        assertFalse(PlanWriter.json().toString(plan).contains("endedForums"));
    }

    @Test
    void endedForumsRoundTripThroughYamlAndJson() throws PlanReadException {
        CooperationPlan plan = plan();
        for (PlanFormat format : PlanFormat.values()) {
            String text = PlanWriter.of(format).toString(plan);
            assertTrue(text.contains("endedForums"), format + ":\n" + text);
            assertEquals(plan.endedForums(), PlanReader.create().read(text, "x", format).plan().endedForums(),
                    format + ":\n" + text);
        }
    }

    @Test
    void readingGivesTheEndedForumsAndTheirPlaces() throws PlanReadException {
        PlanDocument document = PlanReader.create().read(YAML, "plan.yaml", PlanFormat.YAML);
        assertEquals(List.of(new EndedForum("bevillingsnaevne", "Lagt sammen med kontaktudvalget."),
                new EndedForum("pressen", "Erstattet af en fast pressekontakt: se afsnit 3")),
                document.plan().endedForums());
        assertEquals(10, document.sourceMap().locationOf("endedForums[1].reason").orElseThrow().line());
    }

    @Test
    void anEndedForumWithoutReasonOrWithAnUnknownKeyIsAReadingError() {
        PlanReadException missing = assertThrows(PlanReadException.class, () -> PlanReader.create()
                .read(YAML.replace("    reason: Lagt sammen med kontaktudvalget.\n", ""), "plan.yaml", PlanFormat.YAML));
        assertEquals(List.of(PlanProblem.MISSING_FIELD), missing.problems().stream().map(PlanProblem::code).toList());
        assertEquals("endedForums[0].reason", missing.problems().get(0).path());
        PlanReadException unknown = assertThrows(PlanReadException.class, () -> PlanReader.create()
                .read(YAML.replace("reason: Lagt", "reasn: Lagt"), "plan.yaml", PlanFormat.YAML));
        assertTrue(unknown.problems().stream().anyMatch(p -> p.code().equals(PlanProblem.UNKNOWN_KEY)
                && p.detail(dk.samarbejdsplan.model.Language.EN).contains("Did you mean \"reason\"")), unknown.problems().toString());
    }

    @Test
    void theSchemaDescribesEndedForums() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(new java.io.ByteArrayInputStream(PlanFormat.jsonSchema().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<Error> ok = schema.validate(YAML, InputFormat.YAML);
        assertTrue(ok.isEmpty(), ok.toString());
        List<Error> written = schema.validate(PlanWriter.json().toString(plan()), InputFormat.JSON);
        assertTrue(written.isEmpty(), written.toString());
        assertFalse(schema.validate(YAML.replace("id: pressen", "id: Pressen"), InputFormat.YAML).isEmpty(),
                "an ended forum's id is an id");
        assertFalse(schema.validate(YAML.replace("    reason: Lagt sammen med kontaktudvalget.\n", ""),
                InputFormat.YAML).isEmpty(), "the reason is required");
        assertFalse(schema.validate(YAML.replace("reason: Lagt", "reasn: Lagt"), InputFormat.YAML).isEmpty(),
                "no other keys");
    }
}
