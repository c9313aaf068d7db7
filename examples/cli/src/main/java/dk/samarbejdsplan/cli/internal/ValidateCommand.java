package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate PLAN}: prints the validation report; exit code 1 on any ERROR. */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "validate.plan")
    private Path planFile;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = Plans.MAX_FINDINGS,
            descriptionKey = "option.maxFindings")
    private int maxFindings;

    /** @param console the console of this run */
    public ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Optional<PlanDocument> document = Plans.read(console, planFile);
        if (document.isEmpty()) {
            return Main.FAILED;
        }
        if (maxFindings < 0) {
            console.error("option.badMaxFindings", maxFindings);
            return Main.USAGE;
        }
        ValidationReport report = Plans.validate(console, document.get(), maxFindings);
        console.info("validate.summary", planFile, report.errors().size(), report.warnings().size());
        return report.hasErrors() ? Main.FAILED : Main.OK;
    }
}
