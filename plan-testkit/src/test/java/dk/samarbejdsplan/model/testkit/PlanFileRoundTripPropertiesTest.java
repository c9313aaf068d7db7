package dk.samarbejdsplan.model.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The plan file format round-trips every plan: for arbitrary plans ({@link PlanArbitraries}, hostile Unicode
 * text in every field), writing YAML or JSON and reading it back gives an equal plan, and writing again gives
 * the same text. (This property lives here, not in plan-model, because plan-model cannot depend on the kit.)
 */
class PlanFileRoundTripPropertiesTest {
    private static final PlanReader READER = PlanReader.create();

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 300)
    void yamlWriteThenReadGivesAnEqualPlan(@ForAll("plans") CooperationPlan plan) throws PlanReadException {
        roundTrip(plan, PlanWriter.yaml());
    }

    @Property(tries = 300)
    void jsonWriteThenReadGivesAnEqualPlan(@ForAll("plans") CooperationPlan plan) throws PlanReadException {
        roundTrip(plan, PlanWriter.json());
    }

    @Property(tries = 100)
    void yamlAndJsonCarryTheSamePlan(@ForAll("plans") CooperationPlan plan) throws PlanReadException {
        CooperationPlan viaYaml = READER.read(PlanWriter.yaml().toString(plan), "p.yaml", PlanFormat.YAML).plan();
        String json = PlanWriter.json().toString(viaYaml);
        assertEquals(plan, READER.read(json, "p.json", PlanFormat.JSON).plan());
    }

    private static void roundTrip(CooperationPlan plan, PlanWriter writer) throws PlanReadException {
        String text = writer.toString(plan);
        PlanDocument read = READER.read(text, "plan", writer.format());
        assertEquals(plan, read.plan(), text);
        assertEquals(text, writer.toString(read.plan()), "writing is deterministic");
        assertTrue(text.endsWith("\n") && text.indexOf('\r') < 0, "line feeds only");
        read.sourceMap().locations().keySet().forEach(path ->
                assertTrue(!path.contains("..") && !path.startsWith("."), path));
    }
}
