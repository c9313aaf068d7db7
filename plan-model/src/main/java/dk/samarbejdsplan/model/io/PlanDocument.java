package dk.samarbejdsplan.model.io;

import dk.samarbejdsplan.model.CooperationPlan;
import java.util.Objects;

/**
 * A plan together with where it came from.
 *
 * @param plan the plan
 * @param source the name of the file or source it was read from, or {@code ""} for a plan built in code
 * @param sourceMap where each element was written
 */
public record PlanDocument(CooperationPlan plan, String source, SourceMap sourceMap) {

    /** Checks for {@code null}. */
    public PlanDocument {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /**
     * A plan built in code, with no file behind it.
     *
     * @param plan the plan
     * @return the document
     */
    public static PlanDocument of(CooperationPlan plan) {
        return new PlanDocument(plan, "", SourceMap.empty());
    }
}
