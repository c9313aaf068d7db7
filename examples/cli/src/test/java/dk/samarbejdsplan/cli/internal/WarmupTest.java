package dk.samarbejdsplan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the commands take from the warm-up is what they would have read and validated themselves. */
class WarmupTest {
    private static final Path PLAN = Path.of("../plans/samarbejdsplan-2007.yaml");

    @Test
    void aPlanReadAndValidatedAheadIsTheSameAsOneReadNow() throws Exception {
        Warmup.start(new String[] {"validate", PLAN.toString()});
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        Console console = new Console(Language.EN, nowhere, nowhere);

        PlanDocument ahead = Plans.read(console, PLAN).orElseThrow();
        ValidationReport report = Plans.validate(console, ahead);

        PlanDocument now = PlanReader.create().read(PLAN);
        assertEquals(now.plan(), ahead.plan());
        assertEquals(PlanValidator.create().validate(now).format(Language.EN), report.format(Language.EN));
        // taken once: a second read reads the file again
        PlanDocument again = Plans.read(console, PLAN).orElseThrow();
        assertTrue(again != ahead);
        assertEquals(now.plan(), again.plan());
    }

    @Test
    void aPlanThatCannotBeReadIsReportedAsWithoutTheWarmup() {
        Path missing = Path.of("target/no-such-plan.yaml");
        Warmup.start(new String[] {"publish", missing.toString(), "--out", "target/nowhere"});
        StringWriter ahead = new StringWriter();
        Console console = new Console(Language.DA, new PrintWriter(OutputStream.nullOutputStream()),
                new PrintWriter(ahead));
        assertTrue(Plans.read(console, missing).isEmpty());
        assertTrue(Warmup.takeRead(missing).isEmpty(), "taken");

        StringWriter now = new StringWriter();
        Console second = new Console(Language.DA, new PrintWriter(OutputStream.nullOutputStream()),
                new PrintWriter(now));
        assertTrue(Plans.read(second, missing).isEmpty());
        assertEquals(now.toString(), ahead.toString());
        assertTrue(!now.toString().isBlank());
    }

    @Test
    void theValidatorBuiltAheadIsTheOneTheCommandsUse() {
        Warmup.start(new String[] {"validate", "target/no-such-plan.yaml"});
        PlanValidator first = Warmup.validator();
        assertSame(first, Warmup.validator());
    }
}
