package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.model.testkit.SyntheticPlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan of 100 000 forums published with a heap of 256 MB, in separate JVMs: the exporters write to their
 * files as they go, so the heap has to hold the plan, never a whole document.
 *
 * <p>The plan is {@code SyntheticPlans.ofSize(100_000, SEED)}; {@code benchmarks/RESULTS.md} gives the sizes of
 * its files and of the plan on the heap.
 */
class StreamingEndToEndTest {
    static final int FORUMS = 100_000;
    static final long SEED = 20_071_213L;
    static final String HEAP = "-Xmx256m";
    /** The time each export in {@link ExportAll} gets before it is judged on what it has written so far. */
    static final int EXPORT_BUDGET_SECONDS = 45;
    /**
     * What an export must have written at least, when it finishes or when its time budget is up: 5 bytes a
     * forum (the smallest output, the meetings table, has about 10, as only some forums have dated meetings),
     * far beyond the exporters' 64 kB buffers.
     */
    static final long MIN_BYTES = 500_000;

    /** The built-in outputs: exporter id, output id, file. */
    static final List<String[]> OUTPUTS = List.of(
            new String[] {"html", "main", "index.html"},
            new String[] {"csv", "main", "samarbejdsplan-2007.csv"},
            new String[] {"csv", "meetings", "samarbejdsplan-2007-moeder.csv"},
            new String[] {"jsonld", "main", "samarbejdsplan-2007.jsonld"},
            new String[] {"text", "main", "samarbejdsplan-2007.txt"});

    @TempDir
    Path dir;

    /**
     * Every built-in exporter writes the 100 000-forum plan (built in code) in a JVM with a 256 MB heap, completely
     * (the last forum is in the file) and within its time budget; one that builds its document in memory runs
     * out of heap. How fast each is, is for the benchmarks to judge ({@code benchmarks/RESULTS.md}).
     */
    @Test
    void everyBuiltInExporterStreamsAHundredThousandForumsWithA256MbHeap() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ExportAll.class.getName(), out.toString(), Integer.toString(FORUMS));
        Run run = run(command, (EXPORT_BUDGET_SECONDS + 10) * OUTPUTS.size() + 60);
        assertEquals(0, run.exitCode(), run::toString);

        CooperationPlan plan = SyntheticPlans.ofSize(FORUMS, SEED);
        Forum last = plan.categories().get(plan.categories().size() - 1).forums()
                .get(plan.categories().get(plan.categories().size() - 1).forums().size() - 1);
        for (String[] output : OUTPUTS) {
            String line = run.out().lines().filter(l -> l.startsWith("EXPORT " + output[2] + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no report of " + output[2] + ":\n" + run));
            String[] fields = line.split(" ");
            String status = fields[2];
            long written = Long.parseLong(fields[4]);
            Path file = out.resolve(output[2]);
            assertTrue(Files.isRegularFile(file), file + "\n" + run);
            assertTrue(written >= MIN_BYTES && Files.size(file) >= MIN_BYTES,
                    output[2] + " holds at least " + MIN_BYTES + " bytes: " + line + "\n" + run);
            assertEquals("ok", status, output[2] + " is complete within " + EXPORT_BUDGET_SECONDS + " s: " + line
                    + "\n" + run);
            // complete: the last forum is in it (the meetings table names only forums with dated meetings)
            if (!output[1].equals("meetings")) {
                String end = tail(file, 2_000_000);
                assertTrue(end.contains(last.id()) || end.contains(last.name()),
                        output[2] + " ends with the last forum, " + last.id());
            }
        }
    }

    /**
     * The CLI publishes a 100 000-forum plan file with a 256 MB heap: every streaming format (all but the PDF),
     * each file complete.
     *
     * <p>The plan file must fit the reader's limit ({@link PlanReader#MAX_DOCUMENT_LENGTH}); the
     * plan's YAML file is about 27 MB.
     */
    @Test
    void publishesAHundredThousandForumPlanFileWithA256MbHeap() throws Exception {
        Path planFile = dir.resolve("samarbejdsplan-100000.yaml");
        PlanWriter.yaml().write(SyntheticPlans.ofSize(FORUMS, SEED), planFile);
        long size = Files.size(planFile);
        assertTrue(size <= PlanReader.MAX_DOCUMENT_LENGTH, () -> String.format(Locale.ROOT,
                "the %,d-forum plan file has %,d bytes, more than PlanReader.MAX_DOCUMENT_LENGTH (%,d): the reader "
                        + "refuses it, so the CLI cannot publish it (see benchmarks/RESULTS.md)",
                FORUMS, size, PlanReader.MAX_DOCUMENT_LENGTH));

        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, HEAP, "-jar", Cli.jar().toAbsolutePath().toString(), "publish",
                planFile.toString(), "--out", dir.resolve("pub").toString(),
                // every streaming format; the PDF is laid out in memory (README: PDF, bounded for 1 000 forums)
                "--formats", "html,csv,jsonld,text");
        Run run = run(command, 300);
        assertEquals(0, run.exitCode(), run::toString);
        for (String[] output : OUTPUTS) {
            Path file = dir.resolve("pub").resolve(output[2]);
            assertTrue(Files.isRegularFile(file) && Files.size(file) >= MIN_BYTES, file + "\n" + run);
        }
    }

    /** The outcome of a process. */
    record Run(List<String> command, int exitCode, String out, String err) {
        @Override
        public String toString() {
            return String.join(" ", command.subList(0, Math.min(2, command.size()))) + " ... exit " + exitCode
                    + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("did not finish within " + timeoutSeconds + " s: " + command + "\n--- out:\n"
                    + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Run(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String tail(Path file, int bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, f.length() - bytes);
            byte[] buffer = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(buffer);
            return new String(buffer, StandardCharsets.UTF_8);
        }
    }

    /**
     * Run in a JVM of its own ({@code java -Xmx256m -cp ... ExportAll FOLDER FORUMS}): builds the synthetic plan
     * and writes every built-in output into FOLDER, one after the other, each into a file stream. For each it
     * prints {@code EXPORT file status millis bytes heapMB}, status {@code ok}, {@code failed} or
     * {@code running} (its time budget was up: the next export starts beside it, and the process ends without
     * waiting for it).
     */
    static final class ExportAll {
        private ExportAll() {
        }

        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            CooperationPlan plan = SyntheticPlans.ofSize(Integer.parseInt(args[1]), SEED);
            ExporterRegistry registry = ExporterRegistry.load();
            boolean failed = false;
            for (String[] output : OUTPUTS) {
                PlanExporter exporter = registry.require(output[0]);
                ExportOptions options = ExportOptions.builder().output(output[1]).build();
                AtomicLong written = new AtomicLong();
                AtomicReference<Throwable> failure = new AtomicReference<>();
                Path file = folder.resolve(output[2]);
                long start = System.nanoTime();
                Thread thread = new Thread(() -> {
                    try (OutputStream out = new CountingOutputStream(new BufferedOutputStream(
                            Files.newOutputStream(file), 1 << 16), written)) {
                        ExporterRegistry.export(exporter, plan, options, out);
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                }, "export-" + output[2]);
                thread.setDaemon(true);
                thread.start();
                thread.join(TimeUnit.SECONDS.toMillis(EXPORT_BUDGET_SECONDS));
                String status = thread.isAlive() ? "running" : failure.get() == null ? "ok" : "failed";
                Runtime runtime = Runtime.getRuntime();
                String line = String.format(Locale.ROOT, "EXPORT %s %s %d %d %d", output[2], status,
                        (System.nanoTime() - start) / 1_000_000, written.get(),
                        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
                System.out.println(line);
                System.out.flush();
                if (failure.get() != null) {
                    failed = true;
                    failure.get().printStackTrace();
                }
            }
            // an export still running is judged by what it has written; the JVM ends without waiting for it
            System.exit(failed ? 1 : 0);
        }
    }

    /** Counts the bytes that pass through, so that a running export can be judged by what it has written. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private final AtomicLong count;

        CountingOutputStream(OutputStream out, AtomicLong count) {
            super(out);
            this.count = count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count.addAndGet(len);
        }
    }
}
