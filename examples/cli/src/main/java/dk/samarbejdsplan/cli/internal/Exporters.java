package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.export.ExporterProblem;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.publication.PublicationException;
import dk.samarbejdsplan.publication.PublicationOptions;
import dk.samarbejdsplan.publication.Publisher;
import java.nio.file.Path;
import java.time.Duration;

/** The exporters for a command: loading them (within a time limit), their problems and failures. */
final class Exporters {
    private Exporters() {
    }

    /**
     * The built-in exporters and the plugins of a folder, loaded within the time limit.
     *
     * @throws PublicationException if loading the plugins hangs or fails
     */
    static ExporterRegistry load(Path pluginPath, int timeoutSeconds) throws PublicationException {
        return Publisher.loadExporters(pluginPath, PublicationOptions.builder()
                .timeout(Duration.ofSeconds(timeoutSeconds)).build());
    }

    /** Prints the registry's problems (broken plugins, duplicate ids) as warnings; they are not fatal. */
    static void reportProblems(Console console, ExporterRegistry registry) {
        for (ExporterProblem problem : registry.problems()) {
            console.error("warning.exporter", problem.format(console.language()));
        }
    }

    /**
     * Prints a failure in the console's language (an exporter's or plugin's failure names its jar); with
     * {@code --debug} also the stack trace of the exporter's or plugin's exception.
     */
    static void reportFailure(Console console, PublicationException e, boolean debug) {
        console.err().println(e.message(console.language()));
        if (debug) {
            // indented with spaces: a tab is a control character, which the terminal output escapes
            java.io.StringWriter trace = new java.io.StringWriter();
            Throwable shown = e.getCause() == null ? e : e.getCause();
            if (shown instanceof dk.samarbejdsplan.export.ExportException && shown.getCause() != null) {
                shown = shown.getCause(); // the exporter's own exception, not the registry's wrapper
            }
            shown.printStackTrace(new java.io.PrintWriter(trace));
            console.err().print(trace.toString().replace("\t", "    "));
        }
        console.err().flush();
    }
}
