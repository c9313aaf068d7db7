package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.export.ExporterProblem;
import dk.samarbejdsplan.export.ExporterRegistry;
import java.nio.file.Path;

/** Loads the exporter registry for a command: built-in exporters plus an optional plugin folder. */
final class Exporters {
    private Exporters() {
    }

    static ExporterRegistry load(Path pluginPath) {
        return pluginPath == null ? ExporterRegistry.load() : ExporterRegistry.loadPlugins(pluginPath);
    }

    /** Prints the registry's problems (broken plugins, duplicate ids) as warnings; they are not fatal. */
    static void reportProblems(Console console, ExporterRegistry registry) {
        for (ExporterProblem problem : registry.problems()) {
            console.error("warning.exporter", problem.format(console.language()));
        }
    }
}
