package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.testkit.SyntheticPlans;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile plan files through the built CLI jar, as separate processes with a 256 MB heap: the corpus under
 * {@code src/test/resources/hostile} (each file with its expected code, place and message fragments in
 * {@code expected.properties}) and large files generated here. Each must end in exit code 1 and one clear
 * paragraph in Danish ({@code validate}) and English ({@code publish --lang en}) naming the file, line and
 * column, with no stack trace, nothing written to {@code --out} (an earlier publication there stays byte for
 * byte), within 2 seconds of command work. A byte order mark, CRLF and mixed line ends must work.
 *
 * <p>Time: the issue asks for 2 seconds. The JVM's own start is not the command's work, so the limit is 2 s
 * more than a {@code --version} run measured in the same test class (about 0.3–0.6 s on the build machine). The
 * machine is shared, so a run over the limit is repeated, at most twice, after a fresh {@code --version}
 * measurement, with the limit scaled by how much slower the machine has become (see {@link #inTime}); a slow
 * reader is slow every time.
 */
class HostileInputEndToEndTest {
    /** The JVM of every hostile run: a small heap (a memory hog fails), the Turkish default locale. */
    static final List<String> JVM = List.of("-Xmx256m", "-Duser.language=tr", "-Duser.country=TR");
    /** The command's own work may take this long beyond the JVM start. */
    static final Duration BUDGET = Duration.ofSeconds(2);

    private static final Pattern PROBLEM_LINE = Pattern.compile("PLAN-READ-\\d{3} \\S.*");

    @TempDir
    static Path shared;
    /** The publication of the 2007 plan, all built-in formats, Danish: what an earlier run left in --out. */
    static Map<String, byte[]> previous;
    /** What publishing the 2007 plan printed on standard error: its warnings. */
    static String previousMessages;
    static Duration startup;

    @TempDir
    Path dir;

    @BeforeAll
    static void anEarlierPublicationAndTheStartTime() throws Exception {
        Cli.Result result = Cli.runWithJvmOptions(JVM, shared, "publish", Cli.plan2007().toString(), "--out", "pub");
        assertEquals(0, result.exitCode(), result::toString);
        previous = CliEndToEndTest.contents(shared.resolve("pub"));
        previousMessages = result.err();
        assertTrue(previousMessages.contains("VAL-407"), result::toString);
        startup = versionTime();
    }

    /** The shorter of two {@code --version} runs: the cost of starting the JVM and the tool. */
    static Duration versionTime() throws Exception {
        Duration best = null;
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            Cli.Result version = Cli.runWithJvmOptions(JVM, shared, "--version");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(0, version.exitCode(), version::toString);
            best = best == null || took.compareTo(best) < 0 ? took : best;
        }
        return best;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /**
     * Runs the CLI in {@code workDir} and checks that it took at most {@link #BUDGET} beyond the JVM start. The
     * machine is shared: a run over the limit is repeated (twice at most) right after a fresh {@code --version}
     * run, and the limit scales with how much slower that run was than at the start (2 s of work at the speed
     * the machine had then). A slow reader stays slow however often it is measured.
     */
    static Cli.Result inTime(Path workDir, String... args) throws Exception {
        long start = System.nanoTime();
        Cli.Result result = Cli.runWithJvmOptions(JVM, workDir, args);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Duration allowed = BUDGET;
        Duration fresh = startup;
        for (int attempt = 0; attempt < 2 && took.minus(fresh).compareTo(allowed) > 0; attempt++) {
            fresh = versionTime();
            double slowdown = Math.max(1.0, (double) fresh.toNanos() / startup.toNanos());
            allowed = Duration.ofNanos((long) (BUDGET.toNanos() * slowdown));
            start = System.nanoTime();
            result = Cli.runWithJvmOptions(JVM, workDir, args);
            took = Duration.ofNanos(System.nanoTime() - start);
        }
        Duration work = took.minus(fresh);
        String message = "'" + String.join(" ", args) + "' took " + work.toMillis() + " ms more than --version (limit "
                + allowed.toMillis() + " ms)\n" + abbreviated(result);
        assertTrue(work.compareTo(allowed) <= 0, message);
        return result;
    }

    /** A work folder holding a copy of the earlier publication in {@code pub}. */
    Path workWithEarlierPublication() throws IOException {
        Path work = dir.resolve("work");
        Files.createDirectories(work.resolve("pub"));
        for (Map.Entry<String, byte[]> file : previous.entrySet()) {
            Files.write(work.resolve("pub").resolve(file.getKey()), file.getValue());
        }
        return work;
    }

    /** The work folder holds only {@code pub}, and {@code pub} is the earlier publication, byte for byte. */
    static void assertUntouched(Path work) throws IOException {
        try (Stream<Path> list = Files.list(work)) {
            assertEquals(Set.of("pub"), list.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                    "nothing is created beside the output folder (no temporary folder is left)");
        }
        Map<String, byte[]> now = CliEndToEndTest.contents(work.resolve("pub"));
        assertEquals(previous.keySet(), now.keySet(), "no file is added to or removed from --out");
        for (String file : previous.keySet()) {
            assertArrayEquals(previous.get(file), now.get(file), file + " is untouched");
        }
    }

    /**
     * Exit 1, nothing on standard output, and on standard error one paragraph of problems (every line a
     * {@code PLAN-READ-nnn} problem, no blank line, no stack trace) with the expected code, place and text.
     */
    static void assertClearError(Cli.Result result, String code, String place, String fragment) {
        assertEquals(1, result.exitCode(), () -> abbreviated(result));
        assertTrue(result.out().isBlank(), () -> "nothing on standard output: " + abbreviated(result));
        assertFalse(result.err().contains("\tat ") || result.err().contains("Exception in thread")
                || result.err().contains("Caused by:"), () -> "no stack trace: " + abbreviated(result));
        String err = result.err().strip();
        assertFalse(err.isEmpty(), "a message");
        for (String line : err.split("\\R")) {
            assertTrue(PROBLEM_LINE.matcher(line).matches(),
                    () -> "one paragraph of coded problems, but found the line '" + abbreviate(line) + "' in:\n"
                            + abbreviated(result));
        }
        String first = err.lines().filter(l -> l.startsWith(code + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " problem in:\n" + abbreviated(result)));
        assertTrue(first.contains(place), () -> "names '" + place + "': " + abbreviate(first));
        assertTrue(first.contains(fragment), () -> "says '" + fragment + "': " + abbreviate(first));
    }

    static String abbreviated(Cli.Result result) {
        return abbreviate(result.toString());
    }

    static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "... (" + text.length() + " characters)";
    }

    /** Validates (Danish) and publishes (English) a hostile file; both must fail cleanly and write nothing. */
    void assertRefused(Path plan, String code, String lineColumn, String da, String en) throws Exception {
        Path work = workWithEarlierPublication();
        String name = plan.getFileName().toString();
        // "3:8" must not match 3:80, a bare line "3" matches any column of it
        String place = lineColumn.equals("-") ? name
                : name + ":" + lineColumn + (lineColumn.contains(":") ? ": " : ":");

        Cli.Result validate = inTime(work, "validate", plan.toString());
        assertClearError(validate, code, place, da);
        assertFalse(validate.err().contains(en), "Danish by default");

        Cli.Result publish = inTime(work, "publish", plan.toString(), "--out", "pub", "--lang", "en");
        assertClearError(publish, code, place, en);
        assertFalse(publish.err().contains(da), "English with --lang en");
        assertUntouched(work);
    }

    // ----------------------------------------------------------------------------------------------- corpus

    /** One file of the corpus and what the CLI must say about it. */
    record Expectation(String file, String code, String lineColumn, String da, String en) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Path corpusFolder() {
        URL url = HostileInputEndToEndTest.class.getResource("/hostile/expected.properties");
        assertTrue(url != null, "the corpus is on the test class path");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Expectation> corpus() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(corpusFolder().resolve("expected.properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Expectation> list = new ArrayList<>();
        for (String file : new TreeSet<>(properties.stringPropertyNames())) {
            String[] parts = properties.getProperty(file).split("\\|");
            assertEquals(4, parts.length, "code | line:column | Danish | English: " + file);
            list.add(new Expectation(file, parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip()));
        }
        return list;
    }

    @Test
    void everyCorpusFileHasItsExpectationAndEveryExpectationItsFile() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(corpusFolder())) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".json")).collect(Collectors.toSet());
        }
        assertEquals(files, corpus().stream().map(Expectation::file).collect(Collectors.toSet()));
        assertTrue(files.size() >= 25, "the corpus is all there: " + files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aHostileFileIsOneClearErrorAndNothingIsWritten(Expectation expected) throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path plan = Files.copy(corpusFolder().resolve(expected.file()), plans.resolve(expected.file()));
        assertRefused(plan, expected.code(), expected.lineColumn(), expected.da(), expected.en());
    }

    // ----------------------------------------------------------------------------------- generated: size

    /** Writes {@code head}, then {@code filler} repeated to {@code size} bytes, then {@code tail}. */
    static Path write(Path file, String head, String filler, long size, String tail) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            long written = head.length();
            while (written < size) {
                out.write(filler);
                written += filler.length();
            }
            out.write(tail);
        }
        return file;
    }

    @Test
    void aFiftyMegabyteYamlFileIsRefused() throws Exception {
        String plan = Files.readString(Cli.plan2007());
        Path file = write(dir.resolve("femti.yaml"), plan, "# " + "fyld ".repeat(20) + "\n", 50L << 20, "");
        assertTrue(Files.size(file) >= 50L << 20);
        assertRefused(file, "PLAN-READ-016", "-", "filen er for stor", "the file is too large");
    }

    @Test
    void aFiftyMegabyteJsonFileIsRefused() throws Exception {
        Path file = write(dir.resolve("femti.json"), "{\"district\": {\"name\": \"D\"}, \"year\": 2007, \"sections\": [",
                "{\"title\": \"Afsnit\", \"paragraphs\": [\"" + "tekst ".repeat(30) + "\"]},\n", 50L << 20,
                "{\"title\": \"Sidste\"}]}");
        assertRefused(file, "PLAN-READ-016", "-", "filen er for stor", "the file is too large");
    }

    @Test
    void aTenMegabyteStringInJsonIsRefused() throws Exception {
        Path file = write(dir.resolve("streng.json"), "{\"district\": {\"name\": \"D\"}, \"year\": 2007,\n\"title\": \"",
                "x".repeat(1000), 10_000_000, "\"}\n");
        assertRefused(file, "PLAN-READ-017", "2", "en tekst er længere end " + PlanReader.MAX_STRING_LENGTH + " tegn",
                "a text is longer than " + PlanReader.MAX_STRING_LENGTH + " characters");
    }

    @Test
    void aTenMegabytePlainStringInYamlIsRefused() throws Exception {
        Path file = write(dir.resolve("streng.yaml"), "district: {name: D}\nyear: 2007\ntitle: ", "x".repeat(1000),
                10_000_000, "\n");
        assertRefused(file, "PLAN-READ-017", "3", "en tekst er længere end " + PlanReader.MAX_STRING_LENGTH + " tegn",
                "a text is longer than " + PlanReader.MAX_STRING_LENGTH + " characters");
    }

    @Test
    void aTenMegabyteQuotedStringInYamlIsRefused() throws Exception {
        Path file = write(dir.resolve("citeret.yaml"), "district: {name: D}\nyear: 2007\ntitle: \"",
                "x".repeat(1000), 10_000_000, "\"\n");
        assertRefused(file, "PLAN-READ-017", "3", "en tekst er længere end " + PlanReader.MAX_STRING_LENGTH + " tegn",
                "a text is longer than " + PlanReader.MAX_STRING_LENGTH + " characters");
    }

    @Test
    void aTenMegabyteCommentLineBeforeTheRealPlanIsReadInTime() throws Exception {
        Path file = write(dir.resolve("kommentar.yaml"), "#", "x".repeat(1000), 10_000_000,
                "\n" + Files.readString(Cli.plan2007()));
        Path work = workWithEarlierPublication();
        Cli.Result result = inTime(work, "validate", file.toString());
        assertEquals(0, result.exitCode(), () -> abbreviated(result));
        CliEndToEndTest.assertNoStackTrace(result);
    }

    // ------------------------------------------------------------------------------------ generated: tags

    @Test
    void aYamlTagThatWouldLoadCodeFromTheNetworkIsRefusedAndNothingIsFetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket connection = server.accept()) {
                        requests.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "would-be-attacker");
            listener.setDaemon(true);
            listener.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
            // the classic SnakeYAML gadget: constructing it makes a class loader fetch META-INF/services from url
            Path file = dir.resolve("gadget.yaml");
            Files.writeString(file, "district: {name: D}\nyear: 2007\n"
                    + "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\""
                    + url + "\"]]]]\n"
                    + "subtitle: !!java.net.URL [\"" + url + "url\"]\n");
            assertRefused(file, "PLAN-READ-021", "3:8", "YAML-mærket !!javax.script.ScriptEngineManager er ikke tilladt",
                    "the YAML tag !!javax.script.ScriptEngineManager is not allowed");
            Thread.sleep(200); // a connection made just before the CLI exited is counted too
        }
        assertEquals(0, requests.get(), "no object was built from a tag: nothing was fetched");
    }

    // --------------------------------------------------------------------------------------- must work

    /**
     * Publishes a variant of the 2007 plan: it must give the same warnings at the same lines as the original
     * and the same bytes in every file.
     */
    void assertSameAsThe2007Plan(Path variant) throws Exception {
        Cli.Result publish = Cli.runWithJvmOptions(JVM, dir, "publish", variant.toString(), "--out", "pub");
        assertEquals(0, publish.exitCode(), () -> abbreviated(publish));
        assertEquals(previousMessages.replace(Cli.plan2007().toString(), "PLAN"),
                publish.err().replace(variant.toString(), "PLAN"), "the same warnings at the same lines");
        Map<String, byte[]> files = CliEndToEndTest.contents(dir.resolve("pub"));
        assertEquals(previous.keySet(), files.keySet());
        for (String name : previous.keySet()) {
            assertArrayEquals(previous.get(name), files.get(name), name + " is the same as from the original file");
        }
    }

    @Test
    void aByteOrderMarkWorks() throws Exception {
        Path file = dir.resolve("bom.yaml");
        byte[] plan = Files.readAllBytes(Cli.plan2007());
        byte[] withBom = new byte[plan.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plan, 0, withBom, 3, plan.length);
        Files.write(file, withBom);
        assertSameAsThe2007Plan(file);
    }

    @Test
    void crlfLineEndsWork() throws Exception {
        String plan = Files.readString(Cli.plan2007());
        assertFalse(plan.contains("\r"));
        Path file = dir.resolve("crlf.yaml");
        Files.writeString(file, plan.replace("\n", "\r\n"));
        assertSameAsThe2007Plan(file);
    }

    @Test
    void mixedLineEndsWork() throws Exception {
        String[] lines = Files.readString(Cli.plan2007()).split("\n", -1);
        StringBuilder mixed = new StringBuilder();
        String[] ends = {"\r\n", "\n", "\r"};
        for (int i = 0; i < lines.length; i++) {
            mixed.append(lines[i]);
            if (i < lines.length - 1) {
                mixed.append(ends[i % 3]);
            }
        }
        Path file = dir.resolve("blandet.yaml");
        Files.writeString(file, mixed);
        assertTrue(mixed.indexOf("\r\n") >= 0 && mixed.toString().matches("(?s).*\r[^\n].*")
                && mixed.toString().matches("(?s).*[^\r]\n.*"), "all three kinds of line end");
        assertSameAsThe2007Plan(file);
    }

    @Test
    void jsonWithAByteOrderMarkAndCrlfWorks() throws Exception {
        String json = PlanWriter.json().toString(PlanReader.create().read(Cli.plan2007()).plan());
        Path file = dir.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + json.replace("\n", "\r\n"));
        Cli.Result publish = Cli.runWithJvmOptions(JVM, dir, "publish", file.toString(), "--out", "pub");
        assertEquals(0, publish.exitCode(), () -> abbreviated(publish));
        Map<String, byte[]> files = CliEndToEndTest.contents(dir.resolve("pub"));
        for (String name : previous.keySet()) {
            assertArrayEquals(previous.get(name), files.get(name), name + " is the same as from the YAML file");
        }
    }

    /**
     * A plan of 100 000 forums, written once for the tests that need it. {@code SyntheticPlans.ofSize(100_000,
     * seed)} as written is 85 MB of YAML, and even with only its required fields 35 MB, more than
     * {@link PlanReader#MAX_DOCUMENT_LENGTH}; here each forum keeps its id, name, topic, first representative
     * and frequency (27 MB), which fits.
     */
    static synchronized Path hundredThousandForums() throws IOException {
        Path file = shared.resolve("stor-plan.yaml");
        if (!Files.exists(file)) {
            CooperationPlan synthetic = SyntheticPlans.ofSize(100_000, 2007);
            List<Category> lean = synthetic.categories().stream().map(c -> c.withForums(c.forums().stream()
                    .map(f -> Forum.builder().id(f.id()).name(f.name()).topic(f.topic())
                            .representatives(f.representatives().subList(0, 1)).frequency(f.frequency()).build())
                    .toList())).toList();
            PlanWriter.yaml().write(synthetic.toBuilder().categories(lean).build(), file);
            assertTrue(Files.size(file) < PlanReader.MAX_DOCUMENT_LENGTH, "fits the limit: " + Files.size(file));
        }
        return file;
    }

    @Test
    void aPlanWithOneHundredThousandForumsValidates() throws Exception {
        Path file = hundredThousandForums();
        long start = System.nanoTime();
        // reading 100 000 forums takes more than 256 MB (about 560 MB resident with -Xmx512m)
        Cli.Result result = Cli.runWithJvmOptions(List.of("-Xmx1g", "-Duser.language=tr", "-Duser.country=TR"),
                dir, "validate", file.toString(), "--lang", "en");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(0, result.exitCode(), () -> abbreviated(result));
        CliEndToEndTest.assertNoStackTrace(result);
        assertTrue(result.out().contains("stor-plan.yaml: 0 error"), () -> abbreviated(result));
        // a sane time on a shared two-core machine for reading, mapping and validating 100 000 forums (about 20 s)
        assertTrue(took.compareTo(Duration.ofSeconds(90)) < 0, "validated in " + took.toMillis() + " ms");
    }

    @Test
    void aPlanTooLargeForTheHeapIsAClearMessageNotAStackTrace() throws Exception {
        Path work = workWithEarlierPublication();
        List<String> tiny = List.of("-Xmx32m", "-Duser.language=tr", "-Duser.country=TR");
        Cli.Result result = Cli.runWithJvmOptions(tiny, work, "publish", hundredThousandForums().toString(), "--out",
                "pub", "--lang", "en");
        assertEquals(1, result.exitCode(), () -> abbreviated(result));
        CliEndToEndTest.assertNoStackTrace(result);
        assertTrue(result.err().contains("Not enough memory") && result.err().contains("-Xmx"),
                () -> abbreviated(result));
        assertUntouched(work);
    }
}
