package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plugins cannot fake success or hang the tool (issue 10): {@code System.exit(0)} while a plugin is loaded or
 * instantiated ends {@code publish} and {@code formats} with exit code 1; a constructor that never returns is
 * stopped by {@code --timeout}, named; a failing export's EXP-007 is in the run's language and names the jar, and
 * {@code --debug} adds the stack trace.
 */
class PluginGuardEndToEndTest {
    @TempDir
    Path dir;

    private static String members(String id, String idBody, String exportBody) {
        return String.join("\n", List.of(
                "public String id() { " + idBody + " return \"" + id + "\"; }",
                "public String displayName() { return \"Test " + id + "\"; }",
                "public String mediaType() { return \"text/plain\"; }",
                "public String fileExtension() { return \"" + id + "\"; }",
                "public void export(CooperationPlan plan, ExportOptions options, Appendable out)"
                        + " throws java.io.IOException { " + exportBody + " }"));
    }

    private Path plugins(String where) throws Exception {
        Path folder = dir.resolve("plugins-" + where);
        switch (where) {
            case "constructor" -> PluginJars.exporter(folder, "quitter.jar", "Quitter",
                    "public Quitter() { System.exit(0); }\n" + members("quitter", "", "out.append(\"x\");"));
            case "id" -> PluginJars.exporter(folder, "quitter.jar", "Quitter",
                    members("quitter", "if (true) { System.exit(0); }", "out.append(\"x\");"));
            default -> throw new IllegalArgumentException(where);
        }
        return folder;
    }

    @ParameterizedTest
    @ValueSource(strings = {"constructor", "id"})
    void anExitWhileAPluginIsLoadedIsNeverSuccess(String where) throws Exception {
        Path plugins = plugins(where);
        Cli.Result publish = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString());
        assertEquals(1, publish.exitCode(), publish::toString);
        assertTrue(publish.err().contains("blev stoppet, før den var færdig"), publish::toString);
        assertFalse(Files.exists(dir.resolve("pub")), publish::toString);

        Cli.Result formats = Cli.run(dir, "formats", "--plugin-path", plugins.toString());
        assertEquals(1, formats.exitCode(), formats::toString);
        assertTrue(formats.err().contains("blev stoppet, før den var færdig"), formats::toString);
    }

    @Test
    void aConstructorThatNeverReturnsIsStoppedByTheTimeLimitAndNamed() throws Exception {
        Path plugins = dir.resolve("plugins");
        PluginJars.exporter(plugins, "sleeper.jar", "Sleeper",
                "public Sleeper() { while (true) { try { Thread.sleep(1000); } catch (InterruptedException e) { } } }\n"
                        + members("sleeper", "", "out.append(\"x\");"));
        long start = System.nanoTime();
        Cli.Result publish = Cli.run(dir, "--lang", "en", "publish", Cli.plan2007().toString(), "--out", "pub",
                "--plugin-path", plugins.toString(), "--timeout", "2");
        assertEquals(1, publish.exitCode(), publish::toString);
        assertTrue(publish.err().contains("PUB-014") && publish.err().contains("test.plugin.Sleeper")
                && publish.err().contains("sleeper.jar"), publish::toString);
        assertFalse(Files.exists(dir.resolve("pub")), publish::toString);

        Cli.Result formats = Cli.run(dir, "formats", "--plugin-path", plugins.toString(), "--timeout", "2");
        assertEquals(1, formats.exitCode(), formats::toString);
        assertTrue(formats.err().contains("test.plugin.Sleeper"), formats::toString);
        assertTrue((System.nanoTime() - start) / 1_000_000_000 < 100, "both runs stop after about 2 s");
    }

    @Test
    void aFailingExportIsReportedInEnglishWithItsJarAndWithDebugItsStackTrace() throws Exception {
        Path plugins = dir.resolve("plugins");
        PluginJars.exporter(plugins, "failing.jar", "Failing",
                members("failing", "", "throw new IllegalStateException(\"broken on purpose\");"));
        Cli.Result plain = Cli.run(dir, "--lang", "en", "publish", Cli.plan2007().toString(), "--out", "pub",
                "--plugin-path", plugins.toString(), "--formats", "failing");
        assertEquals(1, plain.exitCode(), plain::toString);
        assertTrue(plain.err().contains("PUB-006: The exporter \"failing\" (") && plain.err().contains("failing.jar")
                && plain.err().contains("EXP-007: The exporter 'failing'"), plain::toString);
        for (String danish : List.of("Eksportøren", "fejlede", "Intet blev", "Advarsel")) {
            assertFalse(plain.err().contains(danish), "no Danish in English output: " + plain);
        }
        CliEndToEndTest.assertNoStackTrace(plain);

        Cli.Result debug = Cli.run(dir, "--lang", "en", "publish", Cli.plan2007().toString(), "--out", "pub",
                "--plugin-path", plugins.toString(), "--formats", "failing", "--debug");
        assertEquals(1, debug.exitCode(), debug::toString);
        assertTrue(debug.err().contains("java.lang.IllegalStateException: broken on purpose")
                && debug.err().contains("test.plugin.Failing.export(Failing.java"), debug::toString);
    }
}
