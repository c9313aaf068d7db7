package dk.samarbejdsplan.model.io;

import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A plan file could not be read. {@link #problems()} lists every problem found (a syntax error stops the
 * reading, so it is the last); {@link #getMessage()} lists them in Danish, one a line, and
 * {@link #message(Language)} in either language. Parser exceptions are translated into problems and never
 * passed on, so a program can show {@code getMessage()} to people as it is.
 */
public final class PlanReadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problems; a list of records, which are serializable when their components are. */
    private final transient List<PlanProblem> problems;

    /**
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if there are none
     */
    public PlanReadException(List<PlanProblem> problems) {
        super(summary(problems, Language.DA));
        this.problems = List.copyOf(problems);
    }

    /**
     * A single problem.
     *
     * @param problem the problem
     */
    public PlanReadException(PlanProblem problem) {
        this(List.of(problem));
    }

    /** @return every problem, in the order found (document order, mostly) */
    public List<PlanProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * The problems as text, one a line, each with its code.
     *
     * @param language Danish or English
     * @return the message
     */
    public String message(Language language) {
        return summary(problems(), language);
    }

    private static String summary(List<PlanProblem> problems, Language language) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PlanReadException needs at least one problem");
        }
        return problems.stream().map(p -> p.code() + " " + p.message(language))
                .collect(Collectors.joining("\n"));
    }
}
