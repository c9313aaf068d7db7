package dk.samarbejdsplan.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * The CPU-time bookkeeping every benchmark class shares: a {@link CpuClock} started and stopped around each
 * measurement iteration (JMH runs these inherited {@code @Setup}/{@code @TearDown} methods for the subclasses'
 * states). A benchmark method calls {@code cpu.op()} once per operation.
 */
public abstract class CpuTimed {
    /** The CPU clock of this benchmark state. */
    protected final CpuClock cpu = new CpuClock();

    /** Starts the CPU clock of an iteration. */
    @Setup(Level.Iteration)
    public void startIteration() {
        cpu.start();
    }

    /**
     * Records the CPU time of an iteration.
     *
     * @param benchmark the benchmark
     * @param iteration the iteration
     */
    @TearDown(Level.Iteration)
    public void endIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpu.stop(benchmark, iteration);
    }
}
