package dk.samarbejdsplan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Turns JMH's results into the Markdown table of {@code benchmarks/RESULTS.md}, with the targets checked. */
public final class ResultTable {
    /** The benchmark every ratio is taken to. */
    static final String BASELINE = "baselineJson";

    /** The order of the rows within a size. */
    private static final List<String> ORDER = List.of(BASELINE, "html", "csvForums", "csvMeetings", "jsonld",
            "text", "ical", "planWriterJson", "planWriterYaml", "readYaml", "readJson", "validate");

    /** The order of the sizes. */
    private static final List<String> SIZES = List.of(Fixtures.PLAN_2007, "1000", "10000", "100000");

    private ResultTable() {
    }

    /** One measured figure. */
    record Row(String benchmark, String size, long forums, double nsPerOp, double error, double cpu,
            double bytesPerOp) {
        double nsPerForum() {
            return nsPerOp / forums;
        }

        double cpuPerForum() {
            return cpu / forums;
        }
    }

    /**
     * The Markdown report of a run.
     *
     * @param results JMH's results
     * @param outputBytes the bytes written, by {@code benchmark@size}, where known
     * @param cpuPerOp the median process CPU time per operation of the measurement iterations, by
     *        {@code benchmark@size}, where recorded
     * @param seconds how long the run took
     * @param arguments the runner's arguments, to repeat the run
     * @return the report
     */
    static String markdown(Collection<RunResult> results, Map<String, Long> outputBytes,
            Map<String, Double> cpuPerOp, long seconds, String arguments) {
        List<Row> rows = new ArrayList<>();
        BenchmarkParams params = null;
        java.util.Set<String> settings = new java.util.LinkedHashSet<>();
        for (RunResult result : results) {
            params = result.getParams();
            String size0 = Optional.ofNullable(params.getParam("size")).orElse("?");
            settings.add(String.format(Locale.ROOT, "%s: %d fork, %d warm-up × %s, %d measurement × %s",
                    size0.equals(Fixtures.PLAN_2007) ? "2007 plan" : size0 + " forums", params.getForks(),
                    params.getWarmup().getCount(), params.getWarmup().getTime(), params.getMeasurement().getCount(),
                    params.getMeasurement().getTime()));
            String name = params.getBenchmark();
            String method = name.substring(name.lastIndexOf('.') + 1);
            String size = Optional.ofNullable(params.getParam("size")).orElse("?");
            double cpu = cpuPerOp.getOrDefault(method + "@" + size, Double.NaN);
            rows.add(new Row(method, size, forums(size), result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError(), cpu, allocation(result.getSecondaryResults())));
        }
        rows.sort(Comparator.comparing((Row r) -> index(SIZES, r.size())).thenComparing(r -> index(ORDER,
                r.benchmark())).thenComparing(Row::benchmark));
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append(", ").append(seconds / 60).append(" min ").append(seconds % 60).append(" s")
                .append(arguments.isBlank() ? "" : " (arguments: `" + arguments + "`)").append(".\n\n");
        md.append(machine());
        if (params != null) {
            md.append("JMH ").append(params.getJmhVersion()).append(", mode average time, JVM options ")
                    .append(params.getJvmArgs()).append("; allocation from `-prof gc` (`gc.alloc.rate.norm`). ")
                    .append("Settings: ").append(String.join("; ", settings)).append(".\n\n");
        }
        md.append("| benchmark | size | ns/op | ± (99.9 %) | ns/forum | CPU ns/op | CPU ns/forum | B/op | B/forum "
                + "| time × baseline | CPU × baseline | alloc × baseline | output B |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            Optional<Row> base = find(rows, BASELINE, row.size());
            md.append("| ").append(row.benchmark()).append(" | ").append(sizeLabel(row)).append(" | ")
                    .append(number(row.nsPerOp())).append(" | ").append(number(row.error())).append(" | ")
                    .append(number(row.nsPerForum())).append(" | ")
                    .append(number(row.cpu())).append(" | ").append(number(row.cpuPerForum())).append(" | ")
                    .append(number(row.bytesPerOp())).append(" | ")
                    .append(number(row.bytesPerOp() / row.forums())).append(" | ")
                    .append(base.map(b -> ratio(row.nsPerOp() / b.nsPerOp())).orElse("–")).append(" | ")
                    .append(base.map(b -> ratio(row.cpu() / b.cpu())).orElse("–")).append(" | ")
                    .append(base.map(b -> ratio(row.bytesPerOp() / b.bytesPerOp())).orElse("–")).append(" | ")
                    .append(Optional.ofNullable(outputBytes.get(row.benchmark() + "@" + row.size()))
                            .map(b -> number(b)).orElse("–")).append(" |\n");
        }
        md.append("\n").append(targets(rows));
        return md.toString();
    }

    private static String targets(List<Row> rows) {
        StringBuilder md = new StringBuilder("Targets (issue 6; ratios at 10 000 forums). Judged on wall time "
                + "(JMH's score) and, as other work on a shared machine inflates wall time, also on CPU time (the "
                + "forked JVM's process CPU time per operation, median of the measurement iterations):\n\n");
        md.append("| target | wall | result (wall) | CPU | result (CPU) |\n|---|---:|---|---:|---|\n");
        ratioTarget(md, rows, "html", "HTML ≤ 3 × baseline", 3.0);
        ratioTarget(md, rows, "csvForums", "CSV (forums) ≤ 1.3 × baseline", 1.3);
        ratioTarget(md, rows, "csvMeetings", "CSV (meetings) ≤ 1.3 × baseline", 1.3);
        ratioTarget(md, rows, "jsonld", "JSON-LD ≤ 1.5 × baseline", 1.5);
        ratioTarget(md, rows, "text", "text ≤ 0.8 × baseline", 0.8);
        Optional<Row> validate = find(rows, "validate", "10000");
        md.append("| validation ≤ 2 µs per forum | ")
                .append(validate.map(v -> String.format(Locale.ROOT, "%.2f µs", v.nsPerForum() / 1000)).orElse("–"))
                .append(" | ").append(validate.map(v -> verdict(v.nsPerForum() <= 2000)).orElse("not run"))
                .append(" | ")
                .append(validate.map(v -> String.format(Locale.ROOT, "%.2f µs", v.cpuPerForum() / 1000))
                        .orElse("–"))
                .append(" | ").append(validate.map(v -> verdict(v.cpu(), v.cpuPerForum() <= 2000)).orElse("not run"))
                .append(" |\n");
        for (String benchmark : ORDER) {
            Optional<Row> small = find(rows, benchmark, "1000");
            Optional<Row> large = find(rows, benchmark, "100000");
            if (small.isPresent() && large.isPresent()) {
                double growth = large.get().nsPerForum() / small.get().nsPerForum();
                double bestGrowth = large.get().cpuPerForum() / small.get().cpuPerForum();
                md.append("| ").append(benchmark).append(": ns/forum at 100 000 ≤ 1.5 × at 1 000 | ")
                        .append(ratio(growth)).append(" | ").append(verdict(growth <= 1.5)).append(" | ")
                        .append(ratio(bestGrowth)).append(" | ").append(verdict(bestGrowth, bestGrowth <= 1.5)).append(" |\n");
            }
        }
        return md.toString();
    }

    private static void ratioTarget(StringBuilder md, List<Row> rows, String benchmark, String label,
            double limit) {
        Optional<Row> row = find(rows, benchmark, "10000");
        Optional<Row> base = find(rows, BASELINE, "10000");
        md.append("| ").append(label).append(" | ");
        if (row.isPresent() && base.isPresent()) {
            double r = row.get().nsPerOp() / base.get().nsPerOp();
            double best = row.get().cpu() / base.get().cpu();
            md.append(ratio(r)).append(" | ").append(verdict(r <= limit)).append(" | ").append(ratio(best))
                    .append(" | ").append(verdict(best, best <= limit));
        } else {
            md.append("– | not run | – | not run");
        }
        md.append(" |\n");
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**MISSED**";
    }

    private static String verdict(double value, boolean met) {
        return Double.isNaN(value) ? "–" : verdict(met);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it unknown
        }
        return String.format(Locale.ROOT, "Machine: %d cores (`nproc`), %s, %s %s (%s), %s %s.%n%n",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static Optional<Row> find(List<Row> rows, String benchmark, String size) {
        return rows.stream().filter(r -> r.benchmark().equals(benchmark) && r.size().equals(size)).findFirst();
    }

    private static double allocation(Map<String, Result> secondary) {
        Map<String, Result> copy = new LinkedHashMap<>(secondary);
        for (Map.Entry<String, Result> e : copy.entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                return e.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    private static long forums(String size) {
        try {
            return Fixtures.forums(size);
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private static String sizeLabel(Row row) {
        return Fixtures.PLAN_2007.equals(row.size()) ? "2007 plan (" + row.forums() + ")"
                : String.format(Locale.ROOT, "%,d", row.forums());
    }

    private static int index(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
    }
}
