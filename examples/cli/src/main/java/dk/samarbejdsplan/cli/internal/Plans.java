package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.validation.Finding;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reading and validating plan files for the commands; the reader and validator are built once, lazily. */
final class Plans {
    /** The default of {@code --max-findings}. */
    static final String MAX_FINDINGS = "100";

    private Plans() {
    }

    private static final class Reader {
        static final PlanReader INSTANCE = PlanReader.create();
    }

    private static final class Validator {
        static final PlanValidator INSTANCE = PlanValidator.create();
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

    /**
     * Validates a plan and prints its findings to the error stream: the first {@code maxFindings}, then the
     * number of the others per code (the report keeps them all).
     */
    static ValidationReport validate(Console console, PlanDocument document, int maxFindings) {
        ValidationReport report = report(document);
        printFindings(console, report.findings(), maxFindings);
        return report;
    }

    /** Validates a plan without printing anything. */
    static ValidationReport report(PlanDocument document) {
        return Validator.INSTANCE.validate(document);
    }

    static void printFindings(Console console, List<Finding> findings, int maxFindings) {
        int shown = Math.min(findings.size(), maxFindings);
        for (int i = 0; i < shown; i++) {
            console.err().println(findings.get(i).format(console.language()));
        }
        if (shown < findings.size()) {
            Map<String, Integer> rest = new TreeMap<>();
            for (Finding finding : findings.subList(shown, findings.size())) {
                rest.merge(finding.code(), 1, Integer::sum);
            }
            console.error("findings.more", findings.size() - shown);
            rest.forEach((code, count) -> console.error("findings.moreOfCode", code, count));
        }
        console.err().flush();
    }
}
