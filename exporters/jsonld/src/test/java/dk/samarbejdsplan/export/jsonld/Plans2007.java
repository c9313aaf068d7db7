package dk.samarbejdsplan.export.jsonld;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** The 2007 plan, read from the project's transcription {@code examples/plans/samarbejdsplan-2007.yaml}. */
final class Plans2007 {
    private Plans2007() {
    }

    static CooperationPlan plan() {
        Path file = Path.of("..", "..", "examples", "plans", "samarbejdsplan-2007.yaml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("the 2007 plan file is missing: " + file.toAbsolutePath());
        }
        try {
            return PlanReader.create().read(file).plan();
        } catch (PlanReadException e) {
            throw new AssertionError("the 2007 plan does not read: " + e.getMessage(), e);
        }
    }
}
