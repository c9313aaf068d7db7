package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Validating a plan ({@code PlanValidator.validate(CooperationPlan)}), with the clock fixed in the plan year so
 * that the result never depends on the day the benchmark runs.
 *
 * <p>The plan is validated as built in code, without a source map. The CLI validates a {@code PlanDocument}
 * read from a file; the only difference is one {@code SourceMap.locationOf} per finding (about 3 % of the time
 * in a profile of a plan with many findings).
 */
public class ValidateBenchmarks extends PlanSizeBenchmarks {

    /** 13 December 2007, the day the 2007 plan was discussed in the district council. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2007-12-13T12:00:00Z"), PlanValidator.DEFAULT_ZONE);

    private CooperationPlan plan;
    private PlanValidator validator;

    /** Builds the plan and the validator. */
    @Setup
    public void setUp() {
        plan = Fixtures.plan(size);
        validator = PlanValidator.builder().clock(CLOCK).build();
        ValidationReport report = validator.validate(plan);
        System.out.printf("%n%s: %d findings (%d errors)%n", size, report.findings().size(),
                report.errors().size());
    }

    /** @return the report */
    @Benchmark
    public ValidationReport validate() {
        cpu.op();
        return validator.validate(plan);
    }
}
