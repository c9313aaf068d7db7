package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Objects;

/**
 * No exporter has the id the caller asked for ({@code EXP-002}). The message lists the ids that are available
 * and, when one is close, says "did you mean".
 */
public class UnknownExporterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ExporterProblem problem;
    private final String requestedId;
    private final List<String> availableIds;

    /**
     * @param problem the {@code EXP-002} problem
     * @param requestedId the id asked for
     * @param availableIds the ids that exist, sorted
     */
    public UnknownExporterException(ExporterProblem problem, String requestedId, List<String> availableIds) {
        super(problem.format(Language.DA));
        this.problem = Objects.requireNonNull(problem, "problem");
        this.requestedId = Objects.requireNonNull(requestedId, "requestedId");
        this.availableIds = List.copyOf(availableIds);
    }

    /** @return the problem, with its message in Danish and English */
    public ExporterProblem problem() {
        return problem;
    }

    /** @return the id that was asked for */
    public String requestedId() {
        return requestedId;
    }

    /** @return the ids that are available, sorted */
    public List<String> availableIds() {
        return availableIds;
    }

    /**
     * The message in a language.
     *
     * @param language the language
     * @return the code and the message, for example {@code "EXP-002: Unknown exporter 'htm'. ..."}
     */
    public String message(Language language) {
        return problem.format(language);
    }
}
