package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.model.diff.PlanDiff;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.validation.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW [--format text|html|json]}: what changed between two years' plans. */
@Command(name = "diff", mixinStandardHelpOptions = true)
public final class DiffCommand implements Callable<Integer> {
    /** The output formats of a diff. */
    public enum Format {
        /** Plain text, for the terminal. */
        TEXT,
        /** An HTML page, for the kredsråd. */
        HTML,
        /** JSON, for other systems. */
        JSON
    }

    private final Console console;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.old")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff.new")
    private Path newFile;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = Plans.MAX_FINDINGS,
            descriptionKey = "option.maxFindings")
    private int maxFindings;

    @Option(names = "--format", paramLabel = "text|html|json", defaultValue = "text", descriptionKey = "diff.format")
    private Format format;

    /** @param console the console of this run */
    public DiffCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Optional<PlanDocument> oldPlan = Plans.read(console, oldFile);
        Optional<PlanDocument> newPlan = Plans.read(console, newFile);
        if (oldPlan.isEmpty() || newPlan.isEmpty()) {
            return Main.FAILED;
        }
        // a plan that reads but breaks the rules (a municipality code "25a", a category id "a]b") is named, with
        // its findings, rather than compared
        boolean valid = true;
        for (PlanDocument plan : List.of(oldPlan.get(), newPlan.get())) {
            ValidationReport report = Plans.report(plan);
            if (report.hasErrors()) {
                Plans.printFindings(console, report.errors(), maxFindings);
                console.error("diff.refused", plan == oldPlan.get() ? oldFile : newFile);
                valid = false;
            }
        }
        if (!valid) {
            return Main.FAILED;
        }
        PlanDiff diff = PlanDiff.between(oldPlan.get().plan(), newPlan.get().plan());
        DiffRenderer renderer = new DiffRenderer(console, oldPlan.get().plan(), newPlan.get().plan());
        StringWriter out = new StringWriter();
        try {
            switch (format) {
                case HTML:
                    renderer.html(diff, out);
                    break;
                case JSON:
                    renderer.json(diff, out);
                    break;
                default:
                    renderer.text(diff, out);
            }
        } catch (IOException e) {
            console.error("error.internal", e.getClass().getName(), String.valueOf(e.getMessage()));
            return Main.FAILED;
        }
        console.out().print(out);
        console.out().flush();
        return Main.OK;
    }
}
