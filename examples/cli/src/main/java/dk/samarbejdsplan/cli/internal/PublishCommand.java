package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.publication.PublicationException;
import dk.samarbejdsplan.publication.PublicationOptions;
import dk.samarbejdsplan.publication.PublicationResult;
import dk.samarbejdsplan.publication.PublishedFile;
import dk.samarbejdsplan.publication.Publisher;
import dk.samarbejdsplan.validation.ValidationReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
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

    @Option(names = "--formats", split = ",", paramLabel = "ID", descriptionKey = "publish.formats")
    private List<String> formats = List.of();

    @Option(names = "--plugin-path", paramLabel = "DIR", descriptionKey = "option.pluginPath")
    private Path pluginPath;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "publish.templates")
    private Path templates;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", descriptionKey = "option.timeout")
    private int timeoutSeconds;

    @Option(names = "--option", paramLabel = "KEY=VALUE", descriptionKey = "publish.option")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = Plans.MAX_FINDINGS,
            descriptionKey = "option.maxFindings")
    private int maxFindings;

    @Option(names = "--debug", descriptionKey = "option.debug")
    private boolean debug;

    /** @param console the console of this run */
    public PublishCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) {
            console.error("option.badTimeout", timeoutSeconds);
            return Main.USAGE;
        }
        if (maxFindings < 0) {
            console.error("option.badMaxFindings", maxFindings);
            return Main.USAGE;
        }
        if (outDir.toString().isEmpty()) {
            console.error("publish.emptyOut");
            return Main.USAGE;
        }
        AtomicReference<Publisher> publishing = new AtomicReference<>();
        try (ExitGuard guard = ExitGuard.set(console, () -> publishing.get() == null
                ? console.text("publish.endedLoading", outDir)
                : console.text("publish.ended", publishing.get().running().orElse("?"), outDir))) {
            Optional<PlanDocument> document = Plans.read(console, planFile);
            if (document.isEmpty()) {
                return Main.FAILED;
            }
            ValidationReport report = Plans.validate(console, document.get(), maxFindings);
            if (report.hasErrors()) {
                console.error("publish.refused", report.errors().size());
                return Main.FAILED;
            }
            PublicationOptions options = PublicationOptions.builder().language(console.language())
                    .formats(formats.stream().map(String::strip).toList()).templates(templates)
                    .pluginFolder(pluginPath).timeout(Duration.ofSeconds(timeoutSeconds)).parameters(parameters)
                    .build();
            try {
                Publisher publisher = Publisher.create(options);
                publishing.set(publisher);
                Exporters.reportProblems(console, publisher.registry());
                PublicationResult result = publisher.publish(document.get().plan(), outDir);
                for (PublishedFile file : result.files()) {
                    console.info("publish.wrote", result.folder().resolve(file.name()));
                }
                return Main.OK;
            } catch (PublicationException e) {
                Exporters.reportFailure(console, e, debug);
                return e.isUsageError() ? Main.USAGE : Main.FAILED;
            }
        }
    }
}
