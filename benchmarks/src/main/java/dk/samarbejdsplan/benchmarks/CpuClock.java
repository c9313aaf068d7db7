package dk.samarbejdsplan.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * CPU time per operation, next to JMH's wall time: on a machine shared with other work, wall time grows with
 * the load, CPU time much less. Each iteration records the process CPU time (every thread of the forked JVM:
 * the benchmark thread, the garbage collector, the JIT) and the benchmark thread's CPU time, divided by the
 * operations counted with {@link #op()}, and appends a line to the file named by the system property
 * {@value #PROPERTY} (the runner sets it); without the property it records nothing.
 *
 * <p>Not thread-safe: one per benchmark thread (the benchmarks' state is {@code Scope.Thread}).
 */
public final class CpuClock {
    /** The system property naming the file to append to. */
    public static final String PROPERTY = "samarbejdsplan.benchmarks.cpu";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long ops;
    private long processStart;
    private long threadStart;

    /** Creates a clock. */
    public CpuClock() {
    }

    /** Starts an iteration. */
    public void start() {
        ops = 0;
        processStart = OS.getProcessCpuTime();
        threadStart = THREADS.getCurrentThreadCpuTime();
    }

    /** Counts one operation. */
    public void op() {
        ops++;
    }

    /**
     * Ends an iteration and records it.
     *
     * @param benchmark the benchmark's parameters
     * @param iteration the iteration's parameters (warm-up or measurement)
     */
    public void stop(BenchmarkParams benchmark, IterationParams iteration) {
        long process = OS.getProcessCpuTime() - processStart;
        long thread = THREADS.getCurrentThreadCpuTime() - threadStart;
        String file = System.getProperty(PROPERTY);
        if (file == null || ops == 0) {
            return;
        }
        String line = String.format(Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%d%n", benchmark.getBenchmark(),
                Optional.ofNullable(benchmark.getParam("size")).orElse("?"), iteration.getType(), ops, process,
                thread);
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not record the CPU time in " + file + ": " + e);
        }
    }
}
