package dk.samarbejdsplan.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanProblem;
import dk.samarbejdsplan.model.io.PlanReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PlanHistoryReader}: a folder of plan files, any names, each file with its own source locations. */
class PlanHistoryReaderTest {
    private static final String PLAN = "district: {name: D, code: \"1467\"}\nyear: %d\nedition: %d\ntitle: T\n";

    @TempDir
    Path folder;

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    @Test
    void everyPlanFileOfTheFolderIsReadWithItsOwnSource() throws Exception {
        write("b.yml", PLAN.formatted(2008, 1));
        write("a-plan.YAML", PLAN.formatted(2007, 1));
        write("z.json", "{\"district\": {\"name\": \"D\"}, \"year\": 2008,\n \"edition\": 2}");
        write("notes.txt", "not a plan");
        write(".hidden.yaml", "not: [a plan");
        Files.createDirectory(folder.resolve("sub.yaml"));
        PlanHistory history = PlanHistoryReader.create().read(folder);
        assertEquals(List.of("a-plan.YAML", "b.yml", "z.json"), history.documents().stream()
                .map(d -> Path.of(d.source()).getFileName().toString()).toList());
        PlanDocument json = history.current(2008).orElseThrow();
        assertEquals(folder.resolve("z.json").toString(), json.source());
        assertEquals(folder.resolve("z.json").toString(),
                json.sourceMap().locationOf("edition").orElseThrow().source());
        assertEquals(2, json.sourceMap().locationOf("edition").orElseThrow().line());
        assertEquals(3, history.editions(2007).get(0).sourceMap().locationOf("edition").orElseThrow().line());
    }

    @Test
    void theProblemsOfEveryFileAreReportedTogether() throws IOException {
        write("a.yaml", "district: {name: D}\nyear: [2007]\n");
        write("b.yaml", PLAN.formatted(2008, 1));
        write("c.json", "{\"district\": {\"name\": \"D\"}, \"yer\": 2008}");
        PlanReadException e = assertThrows(PlanReadException.class, () -> PlanHistoryReader.create().read(folder));
        assertTrue(e.problems().stream().anyMatch(p -> p.source().endsWith("a.yaml")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.source().endsWith("c.json")), e.problems().toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.source().endsWith("b.yaml")), e.problems().toString());
    }

    @Test
    void aFolderWithoutPlansOrNoFolderIsAProblemWithItsOwnCode() throws IOException {
        write("readme.md", "x");
        PlanReadException empty = assertThrows(PlanReadException.class, () -> PlanHistoryReader.create().read(folder));
        assertEquals(List.of(PlanHistoryReader.NO_PLAN_FILES), empty.problems().stream().map(PlanProblem::code).toList());
        PlanReadException missing = assertThrows(PlanReadException.class,
                () -> PlanHistoryReader.create().read(folder.resolve("missing")));
        assertEquals(List.of(PlanHistoryReader.NOT_A_FOLDER),
                missing.problems().stream().map(PlanProblem::code).toList());
        PlanReadException file = assertThrows(PlanReadException.class,
                () -> PlanHistoryReader.create().read(folder.resolve("readme.md")));
        assertEquals(List.of(PlanHistoryReader.NOT_A_FOLDER), file.problems().stream().map(PlanProblem::code).toList());
    }

    @Test
    void theExampleFolderIsAHistory() throws PlanReadException {
        PlanHistory history = PlanHistoryReader.create().read(Path.of("..", "examples", "plans"));
        assertTrue(history.years().contains(2007), history.years().toString());
    }
}
