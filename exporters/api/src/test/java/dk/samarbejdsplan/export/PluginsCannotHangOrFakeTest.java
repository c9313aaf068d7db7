package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, registry side: nothing a plugin folder holds can hang the loading or make a plugin fail later with an
 * "internal error": non-jar, empty and corrupt {@code *.jar} files and FIFOs are skipped with a warning naming
 * them, a constructor that never returns is cut off by the time limit, and metadata that throws or is nonsense is
 * a problem naming the plugin at load time.
 */
class PluginsCannotHangOrFakeTest {

    @TempDir
    Path work;

    private static String messages(ExporterRegistry registry) {
        return registry.problems().stream().map(p -> p.format(Language.EN)).collect(Collectors.joining("\n"));
    }

    private static ExporterProblem problemNaming(ExporterRegistry registry, String text) {
        return registry.problems().stream().filter(p -> p.message(Language.EN).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem naming " + text + ":\n" + messages(registry)));
    }

    @Test
    void aFifoFolderEmptyOrCorruptJarIsSkippedWithAWarningNamingIt() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path fifo = plugins.resolve("pipe.jar");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        Path folder = Files.createDirectories(plugins.resolve("folder.jar"));
        Path empty = Files.createFile(plugins.resolve("empty.jar"));
        Path text = Files.writeString(plugins.resolve("readme.jar"), "this is not a jar");
        Path noEntries = plugins.resolve("no-entries.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(noEntries))) {
            zip.finish();
        }
        new PluginBuilder()
                .file("good/GammaExporter.java", PluginLoadingTest.exporter("good", "GammaExporter", "gamma", ""))
                .services("good.GammaExporter")
                .jar(plugins.resolve("good.jar"));

        // reading the FIFO as a jar would block forever (nobody writes to it)
        ExporterRegistry registry = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ExporterRegistry.loadPlugins(plugins, Duration.ofSeconds(30)));

        assertEquals(List.of("alpha", "beta-two", "gamma"), registry.ids(), messages(registry));
        for (Path skipped : List.of(fifo, folder)) {
            ExporterProblem p = problemNaming(registry, "The file " + skipped + " ");
            assertEquals("EXP-009", p.code());
            assertTrue(p.message(Language.EN).contains("is not a regular file"), p.message(Language.EN));
            assertTrue(p.message(Language.DA).startsWith("Filen " + skipped + " i plugin-mappen er ikke en "
                    + "almindelig fil"), p.message(Language.DA));
        }
        for (Path unreadable : List.of(empty, text, noEntries)) {
            ExporterProblem p = problemNaming(registry, "The file " + unreadable + " ");
            assertEquals("EXP-009", p.code());
            assertTrue(p.message(Language.EN).contains("is not a readable jar file"), p.message(Language.EN));
            assertTrue(p.message(Language.DA).contains("ikke en læsbar jar-fil"), p.message(Language.DA));
        }
        assertEquals(5, registry.problems().size(), messages(registry));
    }

    @Test
    void aConstructorThatNeverReturnsIsCutOffNamingThePluginAndItsJarAndTheRestLoad() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path hanging = new PluginBuilder()
                .file("slow/Sleeper.java", PluginLoadingTest.exporter("slow", "Sleeper", "sleeper",
                        "while (true) { try { Thread.sleep(60_000); } catch (InterruptedException e) { } }"))
                .services("slow.Sleeper")
                .jar(plugins.resolve("a-sleeper.jar"));
        new PluginBuilder()
                .file("good/GammaExporter.java", PluginLoadingTest.exporter("good", "GammaExporter", "gamma", ""))
                .services("good.GammaExporter")
                .jar(plugins.resolve("b-good.jar"));

        long start = System.nanoTime();
        ExporterRegistry registry = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ExporterRegistry.loadPlugins(plugins, Duration.ofMillis(1500)));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        assertTrue(seconds < 30, "took " + seconds + " s");
        assertEquals(List.of("alpha", "beta-two", "gamma"), registry.ids(), messages(registry));
        ExporterProblem p = problemNaming(registry, "slow.Sleeper");
        assertEquals("EXP-004", p.code());
        assertEquals("The exporter slow.Sleeper (from " + hanging + ") did not finish starting within 1.5 seconds "
                + "and is left out. The other exporters are loaded; fix or remove this plugin.",
                p.message(Language.EN));
        assertEquals("Eksportøren slow.Sleeper (fra " + hanging + ") blev ikke færdig med at starte inden for 1,5 "
                + "sekunder og er udeladt. De øvrige eksportører er indlæst; ret eller fjern dette plugin.",
                p.message(Language.DA));
        assertEquals(List.of("slow.Sleeper"), p.providerClasses());
    }

    @Test
    void aPluginWhoseMetadataThrowsOrIsNonsenseIsAProblemNamingItAtLoadTime() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path jar = new PluginBuilder()
                .file("odd/ThrowingExtension.java", PluginLoadingTest.exporter("odd", "ThrowingExtension", "te", "")
                        .replace("return \"txt\";", "throw new IllegalStateException(\"no extension\");"))
                .file("odd/NullOutputs.java", PluginLoadingTest.exporter("odd", "NullOutputs", "no", "")
                        .replace("public String id()", "public java.util.List<dk.samarbejdsplan.export.ExportOutput> "
                                + "outputs() { return null; }\n  public String id()"))
                .file("odd/SlashExtension.java", PluginLoadingTest.exporter("odd", "SlashExtension", "se", "")
                        .replace("return \"txt\";", "return null;"))
                .services("odd.ThrowingExtension", "odd.NullOutputs", "odd.SlashExtension")
                .jar(plugins.resolve("odd.jar"));

        ExporterRegistry registry = ExporterRegistry.loadPlugins(plugins, Duration.ofSeconds(30));

        assertEquals(List.of("alpha", "beta-two"), registry.ids(), messages(registry));
        String thrown = problemNaming(registry, "odd.ThrowingExtension").message(Language.EN);
        assertEquals("The exporter odd.ThrowingExtension (from " + jar + ") could not be loaded: "
                + "IllegalStateException: no extension. The other exporters are loaded; fix or remove this plugin.",
                thrown);
        assertTrue(problemNaming(registry, "odd.NullOutputs").message(Language.EN).contains(
                "could not be loaded: outputs() returned null"), messages(registry));
        assertTrue(problemNaming(registry, "odd.SlashExtension").message(Language.EN).contains(
                "could not be loaded: fileExtension() returned null"), messages(registry));
        assertTrue(registry.problems().stream().allMatch(p -> p.code().equals("EXP-004")), messages(registry));
    }

    @Test
    void aTimeLimitMustBePositive() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExporterRegistry.loadPlugins(plugins, Duration.ZERO));
    }
}
