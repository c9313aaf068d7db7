package dk.samarbejdsplan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings of the benchmarks that follow a plan from the 2007 plan up to 100 000 forums ({@link
 * ReadBenchmarks}, {@link ValidateBenchmarks}, {@link ExportBenchmarks}): the parameter {@code size}, 1 s
 * iterations, nanoseconds, and a heap of 3 GB for the largest plan (JMH's annotations are inherited).
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public abstract class PlanSizeBenchmarks extends CpuTimed {

    /** The 2007 plan, or the number of forums of a synthetic plan. */
    @Param({"2007", "1000", "10000", "100000"})
    public String size;
}
