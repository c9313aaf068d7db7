package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.export.ExporterInfo;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.publication.PublicationException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code formats}: every exporter found with its parameters, and the problems of broken plugins (not fatal). */
@Command(name = "formats", mixinStandardHelpOptions = true)
public final class FormatsCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--plugin-path", paramLabel = "DIR", descriptionKey = "option.pluginPath")
    private Path pluginPath;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", descriptionKey = "option.timeout")
    private int timeoutSeconds;

    @Option(names = "--debug", descriptionKey = "option.debug")
    private boolean debug;

    /** @param console the console of this run */
    public FormatsCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) {
            console.error("option.badTimeout", timeoutSeconds);
            return Main.USAGE;
        }
        try (ExitGuard guard = ExitGuard.set(console, () -> console.text("formats.ended"))) {
            ExporterRegistry registry;
            try {
                registry = Exporters.load(pluginPath, timeoutSeconds);
            } catch (PublicationException e) {
                Exporters.reportFailure(console, e, debug);
                return Main.FAILED;
            }
            for (ExporterInfo info : registry.describeAll()) {
                console.info("formats.line", info.id(), info.displayName(), info.mediaType(), info.fileExtension(),
                        info.version(), info.source());
                PlanExporter exporter = registry.require(info.id());
                List<ExporterParameter> parameters;
                try {
                    parameters = exporter.parameters();
                } catch (RuntimeException | LinkageError e) {
                    console.error("formats.badParameters", info.id(), String.valueOf(e));
                    continue;
                }
                for (ExporterParameter parameter : parameters) {
                    if (parameter.allowedValues().isEmpty()) {
                        console.info("formats.parameter", parameter.key(), parameter.description());
                    } else {
                        console.info("formats.parameterValues", parameter.key(), parameter.description(),
                                String.join(" ", parameter.allowedValues()));
                    }
                }
            }
            if (registry.all().isEmpty()) {
                console.error("formats.none");
            }
            Exporters.reportProblems(console, registry);
            return Main.OK;
        }
    }
}
