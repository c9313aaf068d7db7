package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.model.history.PlanHistory;
import dk.samarbejdsplan.model.history.PlanHistoryReader;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.publication.SitePublisher;
import dk.samarbejdsplan.publication.SiteResult;
import dk.samarbejdsplan.validation.ValidationReport;
import dk.samarbejdsplan.validation.history.HistoryValidator;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private PublishingOptions publishing;

    @Option(names = "--license", paramLabel = "IRI", descriptionKey = "site.license")
    private String license;

    /** @param console the console of this run */
    public SiteCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Optional<Integer> usage = publishing.usageError(console, outDir);
        if (usage.isPresent()) {
            return usage.get();
        }
        return publishing.guarded(console, outDir, running -> {
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
                errors += Plans.validate(console, document, publishing.maxFindings()).errors().size();
            }
            ValidationReport acrossYears = HistoryValidator.create().validate(history);
            Plans.printFindings(console, acrossYears.findings(), publishing.maxFindings());
            errors += acrossYears.errors().size();
            if (errors > 0) {
                console.error("site.refused", errors);
                return Main.FAILED;
            }
            return publishing.publish(console, running, publisher -> {
                SitePublisher site = SitePublisher.create(publisher);
                if (license != null) {
                    site = site.withLicense(license);
                }
                SiteResult result = site.publish(history, outDir);
                console.info("site.wrote", result.folder(), history.years().size(), result.files().size());
                return Main.OK;
            });
        });
    }
}
