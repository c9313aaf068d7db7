package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a plan with many findings on one list (issue 10): the 2007 plan whose first forum has
 * {@code findings} blank representatives, each a VAL-207 finding (40 000 of them are a 0.5 MB plan file).
 * The time must grow linearly with the findings: compare 10 000 with 40 000 (about 4 times the time; it was
 * 16 times, over a minute at 40 000, while Hibernate Validator collected the findings of one list).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidateFindingsBenchmarks {

    /** The number of blank representatives, each a finding. */
    @Param({"10000", "40000"})
    public int findings;

    private CooperationPlan plan;
    private PlanValidator validator;

    /** Builds the plan and the validator. */
    @Setup
    public void setUp() {
        CooperationPlan plan2007 = Fixtures.plan(Fixtures.PLAN_2007);
        List<Category> categories = new ArrayList<>(plan2007.categories());
        Category first = categories.get(0);
        List<Forum> forums = new ArrayList<>(first.forums());
        forums.set(0, forums.get(0).toBuilder().representatives(Collections.nCopies(findings, " ")).build());
        categories.set(0, first.withForums(forums));
        plan = plan2007.toBuilder().categories(categories).build();
        validator = PlanValidator.builder().clock(ValidateBenchmarks.CLOCK).build();
        ValidationReport report = validator.validate(plan);
        System.out.printf("%n%d blank representatives: %d findings%n", findings, report.findings().size());
    }

    /** @return the report */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(plan);
    }
}
