package dk.samarbejdsplan.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of a benchmark (made with {@code -prof jfr}): where the CPU time goes (the
 * method on top of the stack, and every method on the stack) and what allocates (by class and by the
 * allocating method of the project's own code). Used to find the cause of a missed target.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dk.samarbejdsplan.benchmarks.JfrSummary FILE.jfr [ROWS]}.
 */
public final class JfrSummary {
    private static final String OWN = "dk.samarbejdsplan.";
    private static final String BENCHMARKS = "dk.samarbejdsplan.benchmarks.";

    private JfrSummary() {
    }

    /**
     * Prints the summary.
     *
     * @param args the recording, and optionally the number of rows per list (default 25)
     * @throws IOException if the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrSummary FILE.jfr [ROWS]");
            System.exit(2);
        }
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> ownSelf = new HashMap<>();
        Map<String, Long> ownInclusive = new HashMap<>();
        Map<String, Long> allocByClass = new HashMap<>();
        Map<String, Long> allocBySite = new HashMap<>();
        Map<String, Long> allocByOwnSite = new HashMap<>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty() || !onBenchmarkThread(stack)) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                self.merge(name(frames.get(0)), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    if (seen.add(n)) {
                        inclusive.merge(n, 1L, Long::sum);
                        if (isOwn(f)) {
                            ownInclusive.merge(n, 1L, Long::sum);
                        }
                    }
                }
                ownFrame(frames).ifPresent(n -> ownSelf.merge(n, 1L, Long::sum));
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = event.getLong("weight");
                allocated += weight;
                allocByClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
                allocBySite.merge(name(frames.get(0)) + " <- " + (frames.size() > 1 ? name(frames.get(1)) : ""),
                        weight, Long::sum);
                ownFrame(frames).ifPresent(n -> allocByOwnSite.merge(n, weight, Long::sum));
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples on the benchmark thread%n", samples);
        print("CPU, top of stack (self)", self, samples, rows, "");
        print("CPU, on the stack (inclusive)", inclusive, samples, rows, "");
        print("CPU, project methods on the stack (inclusive)", ownInclusive, samples, rows, "");
        print("CPU, innermost project frame", ownSelf, samples, rows, "");
        System.out.printf(Locale.ROOT, "%n%,d bytes of sampled allocation (estimate)%n", allocated);
        print("Allocation by class", allocByClass, allocated, rows, "B");
        print("Allocation by site (top two frames)", allocBySite, allocated, rows, "B");
        print("Allocation by innermost project frame", allocByOwnSite, allocated, rows, "B");
    }

    private static boolean onBenchmarkThread(RecordedStackTrace stack) {
        for (RecordedFrame f : stack.getFrames()) {
            if (f.getMethod() != null && f.getMethod().getType().getName().startsWith(BENCHMARKS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOwn(RecordedFrame f) {
        String type = f.getMethod() == null ? "" : f.getMethod().getType().getName();
        return type.startsWith(OWN) && !type.startsWith(BENCHMARKS);
    }

    private static java.util.Optional<String> ownFrame(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod() == null ? "" : f.getMethod().getType().getName();
            if (type.startsWith(OWN) && !type.startsWith(BENCHMARKS)) {
                return java.util.Optional.of(name(f) + ":" + f.getLineNumber());
            }
        }
        return java.util.Optional.empty();
    }

    private static String name(RecordedFrame f) {
        if (f.getMethod() == null) {
            return "?";
        }
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long total, int rows, String unit) {
        System.out.printf(Locale.ROOT, "%n== %s%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f %%  %,14d%s  %s%n",
                        100.0 * e.getValue() / Math.max(1, total), e.getValue(), unit, e.getKey()));
    }
}
