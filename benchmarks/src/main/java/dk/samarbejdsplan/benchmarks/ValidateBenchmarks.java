package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
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
 * Validating a plan read from a file (so that findings carry their file location, as in the CLI), with the
 * clock fixed in the plan year so that the result never depends on the day the benchmark runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ValidateBenchmarks {

    /** The 2007 plan, or the number of forums of a synthetic plan. */
    @Param({"2007", "1000", "10000", "100000"})
    public String size;

    /** 13 December 2007, the day the 2007 plan was discussed in the district council. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2007-12-13T12:00:00Z"), PlanValidator.DEFAULT_ZONE);

    private PlanDocument document;
    private PlanValidator validator;

    /** Reads the plan from its YAML file, so that it has a source map. */
    @Setup
    public void setUp() throws PlanReadException {
        String yaml = PlanWriter.yaml().toString(Fixtures.plan(size));
        document = PlanReader.create().read(yaml, "plan.yaml", PlanFormat.YAML);
        validator = PlanValidator.builder().clock(CLOCK).build();
        ValidationReport report = validator.validate(document);
        System.out.printf("%n%s: %d findings (%d errors)%n", size, report.findings().size(),
                report.errors().size());
    }

    /** @return the report */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(document);
    }
}
