package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * An export failed. Every failure of an exporter reaches the caller of
 * {@link ExporterRegistry#export(PlanExporter, dk.samarbejdsplan.model.CooperationPlan, ExportOptions,
 * java.io.OutputStream)} as this one type, naming the exporter: the registry refuses an output the exporter does
 * not have ({@code EXP-008}) and wraps whatever else an exporter throws ({@code EXP-007}); an exporter may throw
 * it itself, with its own code, for a failure of its own (see {@link PlanExporter}).
 *
 * <p>{@link #getMessage()} is Danish, the library's default language; {@link #message(Language)} gives either.
 */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String exporterId;
    private final String code;
    private final String english;
    private final transient ExporterProblem problem;

    /**
     * A failure with one message for every language and no code.
     *
     * @param exporterId the id of the exporter that failed
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public ExportException(String exporterId, String message, Throwable cause) {
        super(message, cause);
        this.exporterId = Objects.requireNonNull(exporterId, "exporterId");
        this.code = null;
        this.english = message;
        this.problem = null;
    }

    /**
     * An exporter's own failure, with its own stable code and a message in Danish and English, for example
     * {@code new ExportException("ical", "EXP-ICAL-001", "Ugyldig tidszone ...", "Invalid time zone ...", e)}.
     *
     * @param exporterId the id of the exporter that failed
     * @param code the stable code, for example {@code "EXP-ICAL-001"}
     * @param danish the message in Danish, without the code
     * @param english the message in English, without the code
     * @param cause the underlying failure, or {@code null}
     */
    public ExportException(String exporterId, String code, String danish, String english, Throwable cause) {
        super(Objects.requireNonNull(code, "code") + ": " + Objects.requireNonNull(danish, "danish"), cause);
        this.exporterId = Objects.requireNonNull(exporterId, "exporterId");
        this.code = code;
        this.english = code + ": " + Objects.requireNonNull(english, "english");
        this.problem = null;
    }

    /**
     * A failure described by a problem with a stable code and a message in both languages.
     *
     * @param exporterId the id of the exporter that failed
     * @param problem the problem; {@link #getMessage()} is its Danish text with the code
     * @param cause the underlying failure, or {@code null}
     */
    public ExportException(String exporterId, ExporterProblem problem, Throwable cause) {
        super(problem.format(Language.DA), cause);
        this.exporterId = Objects.requireNonNull(exporterId, "exporterId");
        this.code = problem.code();
        this.english = problem.format(Language.EN);
        this.problem = problem;
    }

    /** @return the id of the exporter that failed */
    public String exporterId() {
        return exporterId;
    }

    /** @return the stable code, for example {@code "EXP-007"}, when the failure has one */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** @return the registry's problem with its code, when the registry described the failure */
    public Optional<ExporterProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The message in a language, with the code in front when there is one.
     *
     * @param language the language
     * @return the message ({@link #getMessage()} for Danish)
     */
    public String message(Language language) {
        return language == Language.EN ? english : getMessage();
    }
}
