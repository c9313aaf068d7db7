package dk.samarbejdsplan.benchmarks;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The main class of {@code benchmarks.jar}: runs the suite with JMH's gc profiler (bytes allocated per
 * operation), then prints and writes the table of ns/op, B/op and each figure's ratio to the baseline at the
 * same size, with the issue's targets checked.
 *
 * <p>Without JMH options it runs the whole suite in two passes:
 * <ol>
 * <li>every benchmark on the 2007 plan and on 1 000 and 10 000 forums, with the settings of the annotations
 *     (1 fork, 3 warm-up and 5 measurement iterations of 1 s);</li>
 * <li>every benchmark on 100 000 forums, 1 warm-up and 3 measurement iterations (an operation takes up to
 *     seconds there).</li>
 * </ol>
 *
 * <p>Arguments: {@code --table FILE} (default {@code results.md} beside the jar; JMH's JSON results go beside
 * it), {@code --quick} (a smoke run: one short iteration on the 2007 plan and 1 000 forums; it checks that
 * everything runs and measures nothing), or any JMH command line options, which replace
 * the passes by one JMH run with those options over the annotations' defaults (for example
 * {@code -p size=10000 ExportBenchmarks.html}). {@code -h}, {@code -l}, {@code -lp} and {@code -lprof} go
 * straight to JMH.
 */
public final class BenchmarkRunner {
    private static final String PACKAGE = "dk\\.samarbejdsplan\\.benchmarks\\.";

    private BenchmarkRunner() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args see the class comment
     * @throws Exception if JMH cannot run
     */
    public static void main(String[] args) throws Exception {
        List<String> jmhArgs = new ArrayList<>();
        Path table = besideJar("results.md");
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--table") && i + 1 < args.length) {
                table = Path.of(args[++i]);
            } else if (args[i].equals("--quick")) {
                quick = true;
            } else {
                jmhArgs.add(args[i]);
            }
        }
        if (jmhArgs.stream().anyMatch(a -> List.of("-h", "-l", "-lp", "-lprof", "-lrf").contains(a))) {
            org.openjdk.jmh.Main.main(jmhArgs.toArray(String[]::new));
            return;
        }
        List<List<String>> passes = new ArrayList<>();
        if (quick) {
            List<String> pass = new ArrayList<>(List.of("-f", "1", "-wi", "1", "-w", "200ms", "-i", "1", "-r",
                    "200ms"));
            if (!jmhArgs.contains("-p")) {
                pass.addAll(List.of("-p", "size=2007,1000"));
            }
            pass.addAll(jmhArgs);
            passes.add(pass);
        } else if (!jmhArgs.isEmpty()) {
            passes.add(jmhArgs);
        } else {
            passes.add(List.of("-p", "size=2007,1000,10000"));
            passes.add(List.of("-p", "size=100000", "-wi", "1", "-i", "3"));
        }
        Path absolute = table.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        String base = stripExtension(table.getFileName().toString());
        List<RunResult> results = new ArrayList<>();
        Path cpuFile = table.resolveSibling(base + "-cpu.tsv").toAbsolutePath();
        Files.deleteIfExists(cpuFile);
        long start = System.nanoTime();
        for (int p = 0; p < passes.size(); p++) {
            CommandLineOptions cli;
            try {
                cli = new CommandLineOptions(passes.get(p).toArray(String[]::new));
            } catch (CommandLineOptionException e) {
                System.err.println("Wrong JMH option: " + e.getMessage() + " (run with -h for JMH's options)");
                System.exit(2);
                return;
            }
            OptionsBuilder options = new OptionsBuilder();
            options.parent(cli);
            if (cli.getIncludes().isEmpty()) {
                options.include(PACKAGE + ".*");
            }
            if (cli.getProfilers().stream().noneMatch(c -> c.getKlass().equals("gc")
                    || c.getKlass().equals(GCProfiler.class.getName()))) {
                options.addProfiler(GCProfiler.class);
            }
            options.jvmArgsPrepend("-D" + CpuClock.PROPERTY + "=" + cpuFile);
            if (!cli.getResult().hasValue()) {
                String suffix = passes.size() == 1 ? "" : "-pass" + (p + 1);
                options.resultFormat(ResultFormatType.JSON).result(table.resolveSibling(base + suffix + ".json")
                        .toString());
            }
            System.out.printf("%n##### Pass %d of %d: %s%n", p + 1, passes.size(), String.join(" ", passes.get(p)));
            results.addAll(run(options));
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String markdown = ResultTable.markdown(results, outputSizes(results), cpuPerOp(cpuFile), seconds,
                String.join(" ", args));
        System.out.println();
        System.out.println(markdown);
        Files.writeString(table, markdown, StandardCharsets.UTF_8);
        System.out.println("Table written to " + absolute + "; JMH's JSON results beside it");
    }

    private static Collection<RunResult> run(OptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    /**
     * The bytes each export benchmark writes, for the sizes up to 10 000 forums that were run (one export
     * each, in this JVM; the text exporter would take minutes at 100 000).
     */
    private static Map<String, Long> outputSizes(List<RunResult> results) {
        Map<String, Long> sizes = new HashMap<>();
        Map<String, ExportBenchmarks> states = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String size = result.getParams().getParam("size");
            if (!name.contains(".ExportBenchmarks.") || size == null || Fixtures.forums(size) > 10_000) {
                continue;
            }
            String method = name.substring(name.lastIndexOf('.') + 1);
            try {
                ExportBenchmarks state = states.get(size);
                if (state == null) {
                    state = new ExportBenchmarks();
                    state.size = size;
                    state.setUp();
                    states.put(size, state);
                }
                Method m = ExportBenchmarks.class.getMethod(method);
                sizes.put(method + "@" + size, (Long) m.invoke(state));
            } catch (ReflectiveOperationException | java.io.IOException | RuntimeException e) {
                System.err.println("Could not measure the output of " + method + " at " + size + ": " + e);
            }
        }
        return sizes;
    }

    /**
     * The median process CPU time per operation of each benchmark's measurement iterations, by
     * {@code method@size}, from the lines {@link CpuClock} wrote.
     */
    private static Map<String, Double> cpuPerOp(Path file) throws java.io.IOException {
        Map<String, List<Double>> samples = new HashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length < 6 || !f[2].equals("MEASUREMENT")) {
                    continue;
                }
                String method = f[0].substring(f[0].lastIndexOf('.') + 1);
                samples.computeIfAbsent(method + "@" + f[1], k -> new ArrayList<>())
                        .add(Double.parseDouble(f[4]) / Double.parseDouble(f[3]));
            }
        }
        Map<String, Double> medians = new HashMap<>();
        samples.forEach((key, values) -> {
            values.sort(null);
            int n = values.size();
            medians.put(key, n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2);
        });
        return medians;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A file beside the running jar (target/ when built), or in the working folder. */
    private static Path besideJar(String name) {
        try {
            Path location = Path.of(BenchmarkRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location) && location.getParent() != null) {
                return location.getParent().resolve(name);
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through: the working folder
        }
        return Path.of(name);
    }
}
