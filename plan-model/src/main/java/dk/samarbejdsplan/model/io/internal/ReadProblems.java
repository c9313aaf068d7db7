package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.io.PlanProblem;
import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the problems of one read, up to a maximum; not thread-safe (one per read). */
public final class ReadProblems {
    private final String source;
    private final int max;
    private final List<PlanProblem> problems = new ArrayList<>();
    private int dropped;

    /**
     * @param source the source name
     * @param max the most problems to keep
     */
    public ReadProblems(String source, int max) {
        this.source = source;
        this.max = max;
    }

    /** @return the source name */
    public String source() {
        return source;
    }

    /**
     * Adds a problem.
     *
     * @param code the code
     * @param path the plan path
     * @param location where, or {@code null}
     * @param da the detail in Danish
     * @param en the detail in English
     */
    public void add(String code, String path, SourceLocation location, String da, String en) {
        if (problems.size() < max) {
            problems.add(new PlanProblem(code, path, Optional.ofNullable(location), source, da, en));
        } else {
            dropped++;
        }
    }

    /** @return how many problems were added, kept or not */
    public int count() {
        return problems.size() + dropped;
    }

    /** @return whether no problem was found */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @return the problems, and a last one saying how many more there were, if any */
    public List<PlanProblem> toList() {
        List<PlanProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new PlanProblem(PlanProblem.TOO_MANY_PROBLEMS, "", Optional.empty(), source,
                    "... og " + dropped + " fejl mere (kun de første " + max + " vises)",
                    "... and " + dropped + " more problems (only the first " + max + " are shown)"));
        }
        return all;
    }

    /** Thrown to stop reading after a problem that makes going on pointless or unsafe. */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A stop; the problem is already in the collector. */
        public Stop() {
            super("plan reading stopped", null, false, false);
        }
    }
}
