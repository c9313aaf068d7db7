package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.export.ExporterInfo;
import dk.samarbejdsplan.export.ExporterRegistry;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code formats}: every exporter found, and the problems of broken plugins (not fatal). */
@Command(name = "formats", mixinStandardHelpOptions = true)
public final class FormatsCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--plugin-path", paramLabel = "DIR", descriptionKey = "option.pluginPath")
    private Path pluginPath;

    /** @param console the console of this run */
    public FormatsCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        ExporterRegistry registry = Exporters.load(pluginPath);
        for (ExporterInfo info : registry.describeAll()) {
            console.info("formats.line", info.id(), info.displayName(), info.mediaType(), info.fileExtension(),
                    info.version(), info.source());
        }
        if (registry.all().isEmpty()) {
            console.error("formats.none");
        }
        Exporters.reportProblems(console, registry);
        return Main.OK;
    }
}
