package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Reading and validating plan files for the commands; the reader and validator are built once, lazily. A plan
 * that {@link Warmup} read (and validated) ahead is taken from there instead of being read again.
 */
final class Plans {
    private Plans() {
    }

    private static final class Reader {
        static final PlanReader INSTANCE = PlanReader.create();
    }

    private static final class Validator {
        /** Built in the background if {@link Warmup} started it for this command, otherwise here. */
        static final PlanValidator INSTANCE = Warmup.validator();
    }

    /** @return the reader shared by the commands and the warm-up (thread-safe) */
    static PlanReader reader() {
        return Reader.INSTANCE;
    }

    /**
     * Reads a plan file; on a problem prints every problem found, in the console's language.
     *
     * @return the plan, or empty if it could not be read
     */
    static Optional<PlanDocument> read(Console console, Path file) {
        try {
            Optional<CompletableFuture<PlanDocument>> ahead = Warmup.takeRead(file);
            if (ahead.isPresent()) {
                try {
                    return Optional.of(ahead.get().get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof PlanReadException problems) {
                        throw problems;
                    }
                    // any other failure: read again here, where it reaches the user as without the warm-up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Optional.of(Reader.INSTANCE.read(file));
        } catch (PlanReadException e) {
            console.err().println(e.message(console.language()));
            console.err().flush();
            return Optional.empty();
        }
    }

    /** Validates a plan and prints the findings (if any) to the error stream. */
    static ValidationReport validate(Console console, PlanDocument document) {
        ValidationReport report = Warmup.takeReport(document)
                .orElseGet(() -> Validator.INSTANCE.validate(document));
        if (!report.findings().isEmpty()) {
            console.err().println(report.format(console.language()));
            console.err().flush();
        }
        return report;
    }
}
