package dk.samarbejdsplan.validation;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.SourceMap;
import dk.samarbejdsplan.validation.internal.PlanConstraints;
import dk.samarbejdsplan.validation.internal.ValidationEngine;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Validates cooperation plans (<i>samarbejdsplaner</i>) against the rules of {@code plan-validation/RULES.md}:
 * required fields, well-formed ids and meeting frequencies, the plan year, category numbering, references
 * between forums, and the local units' dated meetings.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.create().validate(plan);
 * if (report.hasErrors()) {
 *     System.err.print(report.format(Language.DA));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: create one and use it for any number of plans, from any thread at once;
 * an application that validates on every request should keep one (or a few, one per clock) and share it.
 * All validators share one Hibernate Validator {@code ValidatorFactory}, built once per process (class
 * loader), lazily, by the first {@link #create()} or {@link Builder#build()}: that first call carries
 * Hibernate Validator's start-up (some 100 ms on a cold JVM), and the first validation the building of the
 * model's metadata; later validators are cheap to create. Validation never throws for a plan that could be
 * constructed: every problem is a {@link Finding}. The reports and findings it returns are immutable.
 */
public final class PlanValidator {

    /** The zone of the default clock: the plans are Danish, so "this year" is the year in Denmark. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Copenhagen");

    private final Clock clock;
    private final Validator validator;

    private PlanValidator(Clock clock) {
        this.clock = clock;
        this.validator = PlanConstraints.factory().usingContext().clockProvider(() -> clock).getValidator();
    }

    /**
     * A validator with the system clock in Danish time ({@link #DEFAULT_ZONE}).
     *
     * @return the validator
     */
    public static PlanValidator create() {
        return builder().build();
    }

    /**
     * A builder, to set the clock.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the clock that says what "today" and "this year" are (for the plan year and held meetings) */
    public Clock clock() {
        return clock;
    }

    /**
     * Validates a plan built in code; the findings carry no file location.
     *
     * @param plan the plan
     * @return the report
     */
    public ValidationReport validate(CooperationPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return ValidationReport.of(ValidationEngine.validate(validator, clock, plan, SourceMap.empty()));
    }

    /**
     * Validates a plan read from a file; each finding carries the file location of its element (or of the
     * nearest enclosing element written in the file).
     *
     * @param document the plan and its source map
     * @return the report
     */
    public ValidationReport validate(PlanDocument document) {
        Objects.requireNonNull(document, "document");
        return ValidationReport.of(ValidationEngine.validate(validator, clock, document.plan(), document.sourceMap()));
    }

    /** Builds a {@link PlanValidator}; not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.system(DEFAULT_ZONE);

        private Builder() {
        }

        /**
         * Sets the clock that decides the current year (a plan may be at most one year ahead) and today (a
         * meeting marked as held must not lie in the future). Tests use a fixed clock.
         *
         * @param value the clock; its zone decides the date
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** @return the validator */
        public PlanValidator build() {
            return new PlanValidator(clock);
        }
    }
}
