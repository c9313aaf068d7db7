package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Optional;

/** Reading and validating plan files for the commands; the reader and validator are built once, lazily. */
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

    /**
     * Reads a plan file; on a problem prints every problem found, in the console's language.
     *
     * @return the plan, or empty if it could not be read
     */
    static Optional<PlanDocument> read(Console console, Path file) {
        try {
            return Optional.of(Reader.INSTANCE.read(file));
        } catch (PlanReadException e) {
            console.err().println(e.message(console.language()));
            console.err().flush();
            return Optional.empty();
        }
    }

    /** Validates a plan and prints the findings (if any) to the error stream. */
    static ValidationReport validate(Console console, PlanDocument document) {
        ValidationReport report = Validator.INSTANCE.validate(document);
        if (!report.findings().isEmpty()) {
            console.err().println(report.format(console.language()));
            console.err().flush();
        }
        return report;
    }
}
