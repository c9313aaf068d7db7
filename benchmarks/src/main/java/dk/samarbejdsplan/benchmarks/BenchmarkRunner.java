package dk.samarbejdsplan.benchmarks;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
 * same size, with the targets checked.
 *
 * <p>Arguments: {@code --table FILE} (default {@code results.md} beside the jar), {@code --quick} (a smoke run:
 * one short iteration, the 2007 plan and 1 000 forums; checks that everything runs, measures nothing), and
 * any JMH command line option, which overrides the defaults in the benchmark annotations (for example
 * {@code -p size=10000} or a benchmark regex such as {@code ExportBenchmarks.html}). {@code -h}, {@code -l},
 * {@code -lp} and {@code -lprof} go straight to JMH.
 */
public final class BenchmarkRunner {
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
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--table") && i + 1 < args.length) {
                table = Path.of(args[++i]);
            } else if (args[i].equals("--quick")) {
                jmhArgs.addAll(List.of("-f", "1", "-wi", "1", "-w", "200ms", "-i", "1", "-r", "200ms",
                        "-p", "size=2007,1000"));
            } else {
                jmhArgs.add(args[i]);
            }
        }
        if (jmhArgs.stream().anyMatch(a -> List.of("-h", "-l", "-lp", "-lprof", "-lrf").contains(a))) {
            org.openjdk.jmh.Main.main(jmhArgs.toArray(String[]::new));
            return;
        }
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            System.err.println("Wrong JMH option: " + e.getMessage() + " (run with -h for JMH's options)");
            System.exit(2);
            return;
        }
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include("dk\\.samarbejdsplan\\.benchmarks\\..*");
        }
        if (cli.getProfilers().stream().noneMatch(p -> p.getKlass().equals("gc")
                || p.getKlass().equals(GCProfiler.class.getName()))) {
            options.addProfiler(GCProfiler.class);
        }
        Path json = table.resolveSibling(stripExtension(table.getFileName().toString()) + ".json");
        if (!cli.getResult().hasValue()) {
            options.resultFormat(ResultFormatType.JSON).result(json.toString());
        }
        if (table.toAbsolutePath().getParent() != null) {
            Files.createDirectories(table.toAbsolutePath().getParent());
        }
        long start = System.nanoTime();
        Collection<RunResult> results = run(options);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String markdown = ResultTable.markdown(results, seconds, String.join(" ", args));
        System.out.println();
        System.out.println(markdown);
        Files.writeString(table, markdown, StandardCharsets.UTF_8);
        System.out.println("Table written to " + table.toAbsolutePath()
                + (cli.getResult().hasValue() ? "" : "; JMH's JSON results to " + json.toAbsolutePath()));
    }

    private static Collection<RunResult> run(OptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
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
