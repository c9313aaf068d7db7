package dk.samarbejdsplan.validation;

import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of validating a plan (<i>valideringsrapport</i>): its findings, errors and warnings.
 *
 * <p>Immutable. The findings of a report made by {@link PlanValidator} are in a fixed order: by where the
 * element was written in the file (when known), then by the element's place in the plan, then by code.
 */
public final class ValidationReport {

    private final List<Finding> findings;

    private ValidationReport(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    /**
     * A report of the given findings, in the given order.
     *
     * @param findings the findings
     * @return the report
     */
    public static ValidationReport of(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        return new ValidationReport(findings);
    }

    /** @return every finding, errors and warnings, in report order */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the errors (findings that block publishing), in report order */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** @return the warnings, in report order */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    /** @return whether any finding is an error, which means the plan must not be published */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** @return whether there are no findings at all */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * The report as text: one line per finding (see {@link Finding#format(Language)}), each ending with a
     * line break; the empty string when there are no findings.
     *
     * @param language Danish or English
     * @return the lines
     */
    public String format(Language language) {
        Objects.requireNonNull(language, "language");
        return findings.stream().map(f -> f.format(language) + "\n").collect(Collectors.joining());
    }

    /** @return the report in Danish, as {@link #format(Language)} */
    @Override
    public String toString() {
        return format(Language.DA);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport report && report.findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }
}
