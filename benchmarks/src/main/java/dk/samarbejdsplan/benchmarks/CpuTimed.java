package dk.samarbejdsplan.benchmarks;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * The CPU-time bookkeeping every benchmark class shares: a {@link CpuClock} started and stopped around each
 * measurement iteration (JMH runs these inherited {@code @Setup}/{@code @TearDown} methods for the subclasses'
 * states). A benchmark method calls {@code cpu.op()} once per operation.
 *
 * <p>Also the settings the benchmark classes share (JMH's annotations are inherited; a subclass's own
 * annotation replaces one of these): the class is its own state, one per thread; the average time of an
 * operation; one fork with a fixed heap of 1 GB.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
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
