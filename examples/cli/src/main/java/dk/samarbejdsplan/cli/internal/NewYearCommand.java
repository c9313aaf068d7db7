package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanWriter;
import dk.samarbejdsplan.validation.ValidationReport;
import dk.samarbejdsplan.validation.history.HistoryValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new-year PLAN --year 2008 --out PLAN-2008.yaml}: drafts next year's plan from this one. */
@Command(name = "new-year", mixinStandardHelpOptions = true)
public final class NewYearCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "newYear.plan")
    private Path planFile;

    @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "newYear.year")
    private int year;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "newYear.out")
    private Path out;

    @Option(names = "--force", descriptionKey = "newYear.force")
    private boolean force;

    /** @param console the console of this run */
    public NewYearCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Optional<PlanFormat> format = PlanFormat.ofFile(out);
        if (format.isEmpty()) {
            console.error("newYear.badExtension", out);
            return Main.USAGE;
        }
        if (Files.exists(out) && !force) {
            console.error("newYear.exists", out);
            return Main.FAILED;
        }
        Optional<PlanDocument> document = Plans.read(console, planFile);
        if (document.isEmpty()) {
            return Main.FAILED;
        }
        CooperationPlan draft = document.get().plan().nextYear(year);
        // YAML starts with the source plan's "# yaml-language-server: $schema=" line, seen from the new file
        PlanWriter writer = format.get() == PlanFormat.JSON ? PlanWriter.json()
                : PlanWriter.schemaLocation(planFile, out).map(PlanWriter.yaml()::withSchemaLine).orElse(PlanWriter.yaml());
        try {
            writer.write(draft, out);
        } catch (IOException e) {
            console.error("newYear.cannotWrite", out, String.valueOf(e.getMessage()));
            return Main.FAILED;
        }
        console.info("newYear.wrote", out, year);
        flagCopiedTexts(document.get());
        return Main.OK;
    }

    /**
     * Reads the draft back (for its lines) and prints the places the rules across years (VAL-5xx) find in it
     * against the plan it came from: above all the texts that still name that plan's year (VAL-507).
     */
    private void flagCopiedTexts(PlanDocument source) {
        Optional<PlanDocument> written = Plans.read(console, out);
        if (written.isEmpty()) {
            return;
        }
        ValidationReport report = HistoryValidator.create().validate(written.get(), List.of(source));
        if (!report.isEmpty()) {
            Plans.printFindings(console, report.findings(), Integer.MAX_VALUE);
            console.error("newYear.copied");
        }
    }
}
