package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.publication.PublicationResult;
import dk.samarbejdsplan.publication.PublishedFile;
import dk.samarbejdsplan.publication.Publisher;
import dk.samarbejdsplan.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code publish PLAN --out DIR}: validates the plan and writes the annual publication into DIR, all or nothing,
 * through {@link Publisher} (module {@code plan-publication}).
 */
@Command(name = "publish", mixinStandardHelpOptions = true)
public final class PublishCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "publish.plan")
    private Path planFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "publish.out")
    private Path outDir;

    @Mixin
    private PublishingOptions publishing;

    /** @param console the console of this run */
    public PublishCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Optional<Integer> usage = publishing.usageError(console, outDir);
        if (usage.isPresent()) {
            return usage.get();
        }
        return publishing.guarded(console, outDir, running -> {
            Optional<PlanDocument> document = Plans.read(console, planFile);
            if (document.isEmpty()) {
                return Main.FAILED;
            }
            ValidationReport report = Plans.validate(console, document.get(), publishing.maxFindings());
            if (report.hasErrors()) {
                console.error("publish.refused", report.errors().size());
                return Main.FAILED;
            }
            return publishing.publish(console, running, publisher -> {
                PublicationResult result = publisher.publish(document.get().plan(), outDir);
                for (PublishedFile file : result.files()) {
                    console.info("publish.wrote", result.folder().resolve(file.name()));
                }
                return Main.OK;
            });
        });
    }
}
