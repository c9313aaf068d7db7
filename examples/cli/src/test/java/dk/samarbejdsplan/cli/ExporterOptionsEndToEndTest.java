package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --option KEY=VALUE} (issue 14): exporter parameters reach built-in exporters and plugins alike through
 * {@code ExportOptions.parameters()}; {@code formats} lists every exporter's parameters with their allowed
 * values; an unknown key or a value that is not allowed is wrong usage, naming the keys.
 */
class ExporterOptionsEndToEndTest {
    @TempDir
    Path dir;
    private Path plugins;

    @BeforeEach
    void echoPlugin() throws Exception {
        plugins = dir.resolve("plugins");
        PluginJars.exporter(plugins, "echo.jar", "Echo", String.join("\n",
                "public String id() { return \"echo\"; }",
                "public String displayName() { return \"Echo\"; }",
                "public String mediaType() { return \"text/plain\"; }",
                "public String fileExtension() { return \"echo\"; }",
                "public java.util.List<ExporterParameter> parameters() { return java.util.List.of(",
                "  new ExporterParameter(\"echo.mode\", \"how to echo\", java.util.List.of(\"loud\", \"soft\")),",
                "  ExporterParameter.freeText(\"echo.text\", \"what to echo\")); }",
                "public void export(CooperationPlan plan, ExportOptions options, Appendable out)"
                        + " throws java.io.IOException {",
                "  out.append(options.parameter(\"echo.text\").orElse(\"-\")).append(' ')"
                        + ".append(options.parameter(\"echo.mode\").orElse(\"-\")); }"));
    }

    @Test
    void optionsReachThePlugin() throws Exception {
        Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString(), "--formats", "html,echo", "--option", "echo.text=hej med dig",
                "--option", "echo.mode=soft");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("hej med dig soft", Files.readString(dir.resolve("pub/samarbejdsplan-2007.echo")));
    }

    @Test
    void formatsListsEachExportersParametersWithTheirAllowedValues() throws Exception {
        Cli.Result result = Cli.run(dir, "formats", "--plugin-path", plugins.toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("--option echo.mode=loud soft  how to echo"), result::toString);
        assertTrue(result.out().contains("--option echo.text=...  what to echo"), result::toString);
    }

    @Test
    void anUnknownKeyOrValueIsWrongUsageNamingTheKeys() throws Exception {
        Cli.Result key = Cli.run(dir, "--lang", "en", "publish", Cli.plan2007().toString(), "--out", "pub",
                "--plugin-path", plugins.toString(), "--option", "echo.colour=red");
        assertEquals(2, key.exitCode(), key::toString);
        assertTrue(key.err().contains("PUB-015") && key.err().contains("\"echo.colour\"")
                && key.err().contains("echo.mode, echo.text"), key::toString);
        assertFalse(Files.exists(dir.resolve("pub")), key::toString);

        Cli.Result value = Cli.run(dir, "--lang", "en", "publish", Cli.plan2007().toString(), "--out", "pub",
                "--plugin-path", plugins.toString(), "--option", "echo.mode=shout");
        assertEquals(2, value.exitCode(), value::toString);
        assertTrue(value.err().contains("PUB-016") && value.err().contains("loud soft"), value::toString);
    }
}
