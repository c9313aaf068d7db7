package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.model.history.PlanHistory;
import dk.samarbejdsplan.model.history.PlanHistoryReader;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.publication.PublicationException;
import dk.samarbejdsplan.publication.PublicationOptions;
import dk.samarbejdsplan.publication.Publisher;
import dk.samarbejdsplan.publication.SitePublisher;
import dk.samarbejdsplan.publication.SiteResult;
import dk.samarbejdsplan.validation.ValidationReport;
import dk.samarbejdsplan.validation.history.HistoryValidator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code site DIR --out SITE}: validates every plan of the folder and the history across the years, and writes the
 * site of all years into SITE, all or nothing, through {@link SitePublisher} (module {@code plan-publication}).
 */
@Command(name = "site", mixinStandardHelpOptions = true)
public final class SiteCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "site.plans")
    private Path plansFolder;

    @Option(names = "--out", required = true, paramLabel = "SITE", descriptionKey = "site.out")
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

    @Option(names = "--license", paramLabel = "IRI", descriptionKey = "site.license")
    private String license;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = Plans.MAX_FINDINGS,
            descriptionKey = "option.maxFindings")
    private int maxFindings;

    @Option(names = "--debug", descriptionKey = "option.debug")
    private boolean debug;

    /** @param console the console of this run */
    public SiteCommand(Console console) {
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
            PlanHistory history;
            try {
                history = PlanHistoryReader.create().read(plansFolder);
            } catch (PlanReadException e) {
                console.err().println(e.message(console.language()));
                console.err().flush();
                return Main.FAILED;
            }
            int errors = 0;
            for (PlanDocument document : history.documents()) {
                errors += Plans.validate(console, document, maxFindings).errors().size();
            }
            ValidationReport acrossYears = HistoryValidator.create().validate(history);
            Plans.printFindings(console, acrossYears.findings(), maxFindings);
            errors += acrossYears.errors().size();
            if (errors > 0) {
                console.error("site.refused", errors);
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
                SitePublisher site = SitePublisher.create(publisher);
                if (license != null) {
                    site = site.withLicense(license);
                }
                SiteResult result = site.publish(history, outDir);
                console.info("site.wrote", result.folder(), history.years().size(), result.files().size());
                return Main.OK;
            } catch (PublicationException e) {
                Exporters.reportFailure(console, e, debug);
                return e.isUsageError() ? Main.USAGE : Main.FAILED;
            }
        }
    }
}
