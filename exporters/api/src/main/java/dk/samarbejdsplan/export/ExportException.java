package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * An export failed. Every failure of an exporter reaches the caller as this one type, naming the exporter:
 * {@link ExporterRegistry#export(PlanExporter, dk.samarbejdsplan.model.CooperationPlan, ExportOptions,
 * java.io.OutputStream)} wraps whatever an exporter throws ({@code EXP-007}) and refuses an output the
 * exporter does not have ({@code EXP-008}).
 */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String exporterId;
    private final transient ExporterProblem problem;

    /**
     * @param exporterId the id of the exporter that failed
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public ExportException(String exporterId, String message, Throwable cause) {
        super(message, cause);
        this.exporterId = Objects.requireNonNull(exporterId, "exporterId");
        this.problem = null;
    }

    /**
     * An export failure described by a problem with a stable code and a message in both languages.
     *
     * @param exporterId the id of the exporter that failed
     * @param problem the problem; {@link #getMessage()} is its Danish text with the code
     * @param cause the underlying failure, or {@code null}
     */
    public ExportException(String exporterId, ExporterProblem problem, Throwable cause) {
        super(problem.format(Language.DA), cause);
        this.exporterId = Objects.requireNonNull(exporterId, "exporterId");
        this.problem = problem;
    }

    /** @return the id of the exporter that failed */
    public String exporterId() {
        return exporterId;
    }

    /** @return the problem with its code, when the failure was described by one */
    public Optional<ExporterProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The message in a language: the problem's text with its code, or else {@link #getMessage()}.
     *
     * @param language the language
     * @return the message
     */
    public String message(Language language) {
        return problem == null ? String.valueOf(getMessage()) : problem.format(language);
    }
}
