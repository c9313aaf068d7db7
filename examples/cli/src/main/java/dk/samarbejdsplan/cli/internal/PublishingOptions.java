package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.publication.PublicationException;
import dk.samarbejdsplan.publication.PublicationOptions;
import dk.samarbejdsplan.publication.Publisher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The options {@code publish} and {@code site} share (a picocli mixin), their usage checks, and the run of a
 * {@link Publisher} under the exit guard: one place for what the two commands do alike.
 */
final class PublishingOptions {

    /** What a command does with the publisher, once the options are checked and the plugins loaded. */
    interface Work {
        /**
         * @param publisher the publisher, with the exporters loaded
         * @return the exit code
         * @throws PublicationException if the publication fails
         */
        int run(Publisher publisher) throws PublicationException;
    }

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

    /** @return how many findings to print at most */
    int maxFindings() {
        return maxFindings;
    }

    /**
     * The usage errors of these options and of {@code --out}.
     *
     * @param console the console of this run
     * @param outDir the {@code --out} folder
     * @return {@link Main#USAGE} after printing the error, or empty when the options are usable
     */
    Optional<Integer> usageError(Console console, Path outDir) {
        if (timeoutSeconds < 1) {
            console.error("option.badTimeout", timeoutSeconds);
        } else if (maxFindings < 0) {
            console.error("option.badMaxFindings", maxFindings);
        } else if (outDir.toString().isEmpty()) {
            console.error("publish.emptyOut");
        } else {
            return Optional.empty();
        }
        return Optional.of(Main.USAGE);
    }

    /**
     * Runs a guard around the whole command: a plugin or exporter that ends the JVM never yields exit code 0.
     *
     * @param console the console of this run
     * @param outDir the {@code --out} folder, for the guard's message
     * @param command the command's work: reading and validating, then {@link #publish}
     * @return the exit code
     */
    int guarded(Console console, Path outDir, Function<AtomicReference<Publisher>, Integer> command) {
        AtomicReference<Publisher> publishing = new AtomicReference<>();
        try (ExitGuard guard = ExitGuard.set(console, () -> publishing.get() == null
                ? console.text("publish.endedLoading", outDir)
                : console.text("publish.ended", publishing.get().running().orElse("?"), outDir))) {
            return command.apply(publishing);
        }
    }

    /**
     * Loads the exporters with these options, reports their problems, and runs the work; a
     * {@link PublicationException} is reported (with its stack trace under {@code --debug}).
     *
     * @param console the console of this run
     * @param publishing where the guard finds the running publisher
     * @param work what to publish
     * @return the exit code
     */
    int publish(Console console, AtomicReference<Publisher> publishing, Work work) {
        PublicationOptions options = PublicationOptions.builder().language(console.language())
                .formats(formats.stream().map(String::strip).toList()).templates(templates)
                .pluginFolder(pluginPath).timeout(Duration.ofSeconds(timeoutSeconds)).parameters(parameters)
                .build();
        try {
            Publisher publisher = Publisher.create(options);
            publishing.set(publisher);
            Exporters.reportProblems(console, publisher.registry());
            return work.run(publisher);
        } catch (PublicationException e) {
            Exporters.reportFailure(console, e, debug);
            return e.isUsageError() ? Main.USAGE : Main.FAILED;
        }
    }
}
