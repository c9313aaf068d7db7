package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile plugin folders against the exporter registry: built-in formats and the names of broken jars. */
class HostileRegistryEndToEndTest {
    @TempDir
    Path dir;

    /** A plugin must not take a built-in exporter's id (here: the public HTML). */
    @Test
    void aPluginCannotReplaceABuiltInFormat() throws Exception {
        // "aaa.Evil" sorts before "dk.samarbejdsplan.export.html.HtmlExporter"
        Path classes = HostilePluginsEndToEndTest.Jars.compile(dir, Map.of("aaa.Evil",
                HostilePluginsEndToEndTest.Jars.source("aaa.Evil", "implements PlanExporter",
                        HostilePluginsEndToEndTest.Jars.members("html", "html", "out.append(\"<h1>hijacked</h1>\");"))));
        Path plugins = dir.resolve("plugins");
        HostilePluginsEndToEndTest.Jars.jar(plugins, "evil.jar", classes, List.of("aaa.Evil"), List.of("aaa.Evil"));
        Cli.Result publish = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString(), "--lang", "en");
        String index = Files.readString(dir.resolve("pub/index.html"));
        assertTrue(index.startsWith("<!DOCTYPE html>") && !index.contains("hijacked"),
                "the built-in HTML publication is used, not the plugin's: " + index.substring(0, Math.min(200, index.length())));
        assertTrue(publish.err().contains("EXP-003") && publish.err().contains("evil.jar"), publish::toString);
    }

    /** A services entry naming a missing class names the jar that lists it. */
    @Test
    void theJarOfAServicesEntryWithoutItsClassIsNamed() throws Exception {
        Path plugins = dir.resolve("plugins");
        HostilePluginsEndToEndTest.Jars.jar(plugins, "ghost.jar", dir, List.of(), List.of("test.ghost.Missing"));
        Cli.Result formats = Cli.run(dir, "formats", "--plugin-path", plugins.toString(), "--lang", "en");
        assertEquals(0, formats.exitCode(), formats::toString);
        String line = formats.err().lines().filter(l -> l.contains("test.ghost.Missing")).findFirst().orElseThrow();
        assertTrue(line.contains("ghost.jar"), "names the jar to fix or remove: " + line);
    }
}
