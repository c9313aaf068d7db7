package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that misbehave, all in one plugin folder beside the example iCalendar plugin: a services entry naming
 * a class that is not there, a class that is no exporter, one without a public constructor, one whose {@code id()}
 * throws, one with an invalid id, one whose dependency is missing, and two plugins with the same id. For each:
 * a clear message naming the plugin, the other exporters still listed by {@code formats}, and {@code publish}
 * completes without the broken ones. Exporters that fail when asked for (a {@link StackOverflowError}, a loop
 * that ignores interruption, {@code System.exit}) leave the previous publication intact. (A constructor that
 * throws, an exception half-way and a plain time-out are in {@link PluginEndToEndTest}.)
 */
class HostilePluginsEndToEndTest {
    private static final List<String> BUILT_IN = List.of("csv", "html", "jsonld", "text");

    @TempDir
    static Path shared;
    static Path zoo;
    static Map<String, byte[]> previous;

    @TempDir
    Path dir;

    /** Builds plugin jars from Java sources, compiled together against the exporter API of the test class path. */
    static final class Jars {
        private Jars() {
        }

        /** The members of a well-behaved exporter with an id and a file extension, then {@code then} in export. */
        static String members(String id, String extension, String then) {
            return "public String id() { return \"" + id + "\"; }\n"
                    + "public String displayName() { return \"Test " + id + "\"; }\n"
                    + "public String mediaType() { return \"text/plain\"; }\n"
                    + "public String fileExtension() { return \"" + extension + "\"; }\n"
                    + "public void export(CooperationPlan plan, ExportOptions options, Appendable out)"
                    + " throws java.io.IOException {\n  out.append(\"" + id + " \" + plan.year());\n  " + then + "\n}\n";
        }

        /** A source file of class {@code name} (fully qualified) with the given declaration suffix and body. */
        static String source(String name, String declaration, String body) {
            int dot = name.lastIndexOf('.');
            return "package " + name.substring(0, dot) + ";\n"
                    + "import dk.samarbejdsplan.export.*;\nimport dk.samarbejdsplan.model.*;\n"
                    + "public class " + name.substring(dot + 1) + " " + declaration + " {\n" + body + "\n}\n";
        }

        /** Compiles the sources (class name → source) together in {@code work}; returns the class folder. */
        static Path compile(Path work, Map<String, String> sources) throws IOException, InterruptedException {
            Path src = Files.createTempDirectory(work, "src");
            Path classes = Files.createTempDirectory(work, "classes");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac")
                    .toString(), "--release", "17", "-d", classes.toString(), "-cp",
                    System.getProperty("java.class.path")));
            for (Map.Entry<String, String> s : sources.entrySet()) {
                Path file = src.resolve(s.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, s.getValue());
                command.add(file.toString());
            }
            Process javac = new ProcessBuilder(command).inheritIO().start();
            assertEquals(0, javac.waitFor(), "the test plugins compile");
            return classes;
        }

        /** A jar with the given classes (taken from the class folder) and services entries (which may name others). */
        static Path jar(Path folder, String jarName, Path classes, List<String> classNames, List<String> services)
                throws IOException {
            Files.createDirectories(folder);
            Path jar = folder.resolve(jarName);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (String name : classNames) {
                    String entry = name.replace('.', '/') + ".class";
                    out.putNextEntry(new JarEntry(entry));
                    Files.copy(classes.resolve(entry), out);
                    out.closeEntry();
                }
                out.putNextEntry(new JarEntry("META-INF/services/dk.samarbejdsplan.export.PlanExporter"));
                out.write((String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return jar;
        }
    }

    @BeforeAll
    static void aFolderOfMisbehavingPlugins() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("test.broken.NotAnExporter", Jars.source("test.broken.NotAnExporter", "", ""));
        sources.put("test.broken.NoPublicConstructor", Jars.source("test.broken.NoPublicConstructor",
                "implements PlanExporter", "private NoPublicConstructor() {}\n" + Jars.members("noctor", "txt", "")));
        sources.put("test.broken.IdThrows", Jars.source("test.broken.IdThrows", "implements PlanExporter",
                "public String id() { throw new IllegalStateException(\"no id today\"); }\n"
                        + Jars.members("x", "txt", "").replaceFirst("public String id\\(\\) \\{[^}]*\\}\n", "")));
        sources.put("test.broken.BadId", Jars.source("test.broken.BadId", "implements PlanExporter",
                Jars.members("Bad Id!", "bad", "")));
        sources.put("test.broken.NeedsLibrary", Jars.source("test.broken.NeedsLibrary", "implements PlanExporter",
                "static final Object LIBRARY = new test.lib.NotShipped();\n" + Jars.members("needslib", "nl", "")));
        sources.put("test.lib.NotShipped", "package test.lib;\npublic class NotShipped {}\n");
        sources.put("test.dup.First", Jars.source("test.dup.First", "implements PlanExporter",
                Jars.members("dublet", "first", "")));
        sources.put("test.dup.Second", Jars.source("test.dup.Second", "implements PlanExporter",
                Jars.members("dublet", "second", "")));
        sources.put("test.bad.Recursive", Jars.source("test.bad.Recursive", "implements PlanExporter",
                "static int down(int n) { return down(n + 1) + 1; }\n"
                        + Jars.members("recursive", "rec", "out.append(\"\" + down(0));")));
        sources.put("test.bad.Stubborn", Jars.source("test.bad.Stubborn", "implements PlanExporter",
                Jars.members("stubborn", "stb", "while (true) { Thread.interrupted(); }")));
        sources.put("test.bad.Quitter", Jars.source("test.bad.Quitter", "implements PlanExporter",
                Jars.members("quitter", "q", "System.exit(0);")));
        Path classes = Jars.compile(shared, sources);

        zoo = shared.resolve("zoo");
        Jars.jar(zoo, "broken.jar", classes, List.of("test.broken.NotAnExporter", "test.broken.NoPublicConstructor",
                "test.broken.IdThrows", "test.broken.BadId", "test.broken.NeedsLibrary"),
                List.of("test.broken.Missing", "test.broken.NotAnExporter", "test.broken.NoPublicConstructor",
                        "test.broken.IdThrows", "test.broken.BadId", "test.broken.NeedsLibrary"));
        // two jars with the same id; the jar names sort the other way round from the class names
        Jars.jar(zoo, "a-dublet.jar", classes, List.of("test.dup.Second"), List.of("test.dup.Second"));
        Jars.jar(zoo, "b-dublet.jar", classes, List.of("test.dup.First"), List.of("test.dup.First"));
        Jars.jar(zoo, "misbehaving.jar", classes, List.of("test.bad.Recursive", "test.bad.Stubborn",
                "test.bad.Quitter"), List.of("test.bad.Recursive", "test.bad.Stubborn", "test.bad.Quitter"));
        try (Stream<Path> jars = Files.list(Cli.pluginDir())) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, zoo.resolve(jar.getFileName()));
            }
        }

        Cli.Result first = Cli.run(shared, "publish", Cli.plan2007().toString(), "--out", "pub");
        assertEquals(0, first.exitCode(), first::toString);
        previous = CliEndToEndTest.contents(shared.resolve("pub"));
    }

    private static Set<String> listedIds(Cli.Result formats) {
        return formats.out().lines().map(l -> l.split("  ")[0]).collect(Collectors.toSet());
    }

    /** The lines of standard error that hold a code, and the one naming {@code name}. */
    private static String problemNaming(Cli.Result result, String code, String name) {
        return result.err().lines().filter(l -> l.contains(code) && l.contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " naming " + name + " in:\n" + result));
    }

    @Test
    void formatsNamesEveryBrokenPluginAndListsTheOthers() throws Exception {
        Cli.Result formats = Cli.run(dir, "formats", "--plugin-path", zoo.toString(), "--lang", "en");
        assertEquals(0, formats.exitCode(), formats::toString);
        CliEndToEndTest.assertNoStackTrace(formats);
        Set<String> ids = listedIds(formats);
        assertTrue(ids.containsAll(BUILT_IN), formats::toString);
        assertTrue(ids.containsAll(List.of("ical", "dublet", "recursive", "stubborn", "quitter")), formats::toString);
        assertFalse(ids.contains("noctor") || ids.contains("needslib") || ids.contains("Bad Id!"), formats::toString);

        assertTrue(problemNaming(formats, "EXP-004", "test.broken.Missing").contains("not found"), formats::toString);
        assertTrue(problemNaming(formats, "EXP-004", "test.broken.NotAnExporter").contains("not a subtype"));
        assertTrue(problemNaming(formats, "EXP-004", "test.broken.NoPublicConstructor").contains("constructor"));
        String idThrows = problemNaming(formats, "EXP-004", "test.broken.IdThrows");
        assertTrue(idThrows.contains("no id today") && idThrows.contains("broken.jar"), idThrows);
        assertTrue(problemNaming(formats, "EXP-005", "test.broken.BadId").contains("'Bad Id!'"));
        String library = problemNaming(formats, "EXP-004", "test.broken.NeedsLibrary");
        assertTrue(library.contains("test/lib/NotShipped") && library.contains("broken.jar"), library);
        String duplicate = problemNaming(formats, "EXP-003", "'dublet'");
        assertTrue(duplicate.contains("test.dup.First") && duplicate.contains("b-dublet.jar")
                && duplicate.contains("test.dup.Second") && duplicate.contains("a-dublet.jar"), duplicate);
        // the same in Danish
        Cli.Result da = Cli.run(dir, "formats", "--plugin-path", zoo.toString());
        assertEquals(0, da.exitCode(), da::toString);
        assertTrue(problemNaming(da, "EXP-003", "'dublet'").contains("test.dup.First"), da::toString);
        assertTrue(da.err().contains("Advarsel"), da::toString);
    }

    @Test
    void theSameOfTwoDuplicatesIsUsedWhateverTheOrderOfTheJars() throws Exception {
        Path swapped = dir.resolve("swapped");
        Files.createDirectories(swapped);
        Files.copy(zoo.resolve("a-dublet.jar"), swapped.resolve("z-dublet.jar"));
        Files.copy(zoo.resolve("b-dublet.jar"), swapped.resolve("a-dublet.jar"));
        for (Path folder : List.of(zoo, swapped)) {
            Cli.Result formats = Cli.run(dir, "formats", "--plugin-path", folder.toString());
            String line = formats.out().lines().filter(l -> l.startsWith("dublet  ")).findFirst()
                    .orElseThrow(() -> new AssertionError(formats.toString()));
            assertTrue(line.contains(".first"), "test.dup.First is used (class names decide, not jar order): " + line);
        }
    }

    @Test
    void publishCompletesWithoutTheBrokenPluginsWhenTheyAreNotAskedFor() throws Exception {
        Cli.Result publish = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                zoo.toString(), "--formats", "html,csv,jsonld,text,pdf,ical,dublet");
        assertEquals(0, publish.exitCode(), publish::toString);
        CliEndToEndTest.assertNoStackTrace(publish);
        assertTrue(publish.err().contains("test.broken.Missing"), "the broken plugins are still named: " + publish);
        Map<String, byte[]> files = CliEndToEndTest.contents(dir.resolve("pub"));
        assertEquals(Set.of("index.html", "samarbejdsplan-2007.csv", "samarbejdsplan-2007-moeder.csv",
                "samarbejdsplan-2007-lokale-enheder.csv", "samarbejdsplan-2007.jsonld", "samarbejdsplan-2007.txt",
                "samarbejdsplan-2007.pdf", "samarbejdsplan-2007.ics", "samarbejdsplan-2007.first"), files.keySet());
        assertEquals("dublet 2007", new String(files.get("samarbejdsplan-2007.first"), StandardCharsets.UTF_8));
        for (String file : previous.keySet()) {
            if (!file.equals("index.html")) {
                assertArrayEquals(previous.get(file), files.get(file), file + " as without the plugins");
            }
        }
    }

    @Test
    void askingForABrokenPluginIsWrongUsageAndLeavesThePreviousPublicationIntact() throws Exception {
        Path work = withPreviousPublication();
        Cli.Result publish = Cli.run(work, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                zoo.toString(), "--formats", "html,needslib", "--lang", "en");
        assertEquals(2, publish.exitCode(), publish::toString);
        assertTrue(publish.err().contains("needslib") && publish.err().contains("ical"),
                "names the id and lists the ones there are: " + publish);
        CliEndToEndTest.assertNoStackTrace(publish);
        assertIntact(work);
    }

    @Test
    void anExporterThatOverflowsItsStackFailsAndLeavesThePreviousPublicationIntact() throws Exception {
        Path work = withPreviousPublication();
        Cli.Result publish = Cli.run(work, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                zoo.toString(), "--formats", "html,recursive", "--lang", "en");
        assertEquals(1, publish.exitCode(), publish::toString);
        assertTrue(publish.err().contains("The exporter \"recursive\" (") && publish.err().contains("misbehaving.jar) failed")
                && publish.err().contains("StackOverflowError"),
                publish::toString);
        CliEndToEndTest.assertNoStackTrace(publish);
        assertIntact(work);
    }

    @Test
    void anExporterThatIgnoresInterruptionIsStoppedAndLeavesThePreviousPublicationIntact() throws Exception {
        Path work = withPreviousPublication();
        long start = System.nanoTime();
        Cli.Result publish = Cli.run(work, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                zoo.toString(), "--formats", "stubborn,html", "--timeout", "1");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(1, publish.exitCode(), publish::toString);
        assertTrue(publish.err().contains("\"stubborn\""), publish::toString);
        assertTrue(seconds < 30, "the tool ends although the exporter's thread never does: " + seconds + " s");
        CliEndToEndTest.assertNoStackTrace(publish);
        assertIntact(work);
    }

    @Test
    void anExporterThatEndsTheProgramLeavesThePreviousPublicationIntactAndTheExitCodeSaysSo() throws Exception {
        Path work = withPreviousPublication();
        Cli.Result publish = Cli.run(work, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                zoo.toString(), "--formats", "html,quitter", "--lang", "en");
        assertEquals(1, publish.exitCode(), "System.exit(0) in a plugin is no success: " + publish);
        assertTrue(publish.err().contains("\"quitter\""), "names the exporter: " + publish);
        assertIntact(work);
    }

    private Path withPreviousPublication() throws IOException {
        Path work = dir.resolve("work");
        Files.createDirectories(work.resolve("pub"));
        for (Map.Entry<String, byte[]> file : previous.entrySet()) {
            Files.write(work.resolve("pub").resolve(file.getKey()), file.getValue());
        }
        return work;
    }

    /** The previous publication is byte for byte as it was, and nothing else is left in the work folder. */
    private static void assertIntact(Path work) throws IOException {
        try (Stream<Path> list = Files.list(work)) {
            assertEquals(Set.of("pub"), list.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                    "no temporary folder is left beside the publication");
        }
        Map<String, byte[]> now = CliEndToEndTest.contents(work.resolve("pub"));
        assertEquals(previous.keySet(), now.keySet());
        for (String file : previous.keySet()) {
            assertArrayEquals(previous.get(file), now.get(file), file + " is untouched");
        }
    }
}
