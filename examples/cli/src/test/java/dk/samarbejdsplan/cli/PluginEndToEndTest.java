package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporter plugins loaded with --plugin-path, the example iCalendar plugin and misbehaving ones. */
class PluginEndToEndTest {
    @TempDir
    Path dir;

    private Path icalPluginFolder() throws Exception {
        Path folder = dir.resolve("plugins");
        try (Stream<Path> jars = Files.list(Cli.pluginDir())) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                PluginJars.copy(jar, folder.resolve(jar.getFileName()));
            }
        }
        return folder;
    }

    @Test
    void theICalendarPluginIsFoundOnlyThroughThePluginPath() throws Exception {
        Cli.Result without = Cli.run(dir, "formats");
        assertEquals(0, without.exitCode(), without::toString);
        for (String id : new String[] {"html", "csv", "jsonld", "text"}) {
            assertTrue(without.out().lines().anyMatch(l -> l.startsWith(id + "  ")), without::toString);
        }
        assertFalse(without.out().lines().anyMatch(l -> l.startsWith("ical  ")), without::toString);

        Path plugins = icalPluginFolder();
        Cli.Result with = Cli.run(dir, "formats", "--plugin-path", plugins.toString());
        assertEquals(0, with.exitCode(), with::toString);
        String ical = with.out().lines().filter(l -> l.startsWith("ical  ")).findFirst().orElseThrow(
                () -> new AssertionError("formats lists the plugin: " + with));
        assertTrue(ical.contains("text/calendar") && ical.contains("example-ical-exporter.jar"), ical);
    }

    @Test
    void publishWritesAndLinksThePluginsFormat() throws Exception {
        Path plugins = icalPluginFolder();
        Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString());
        assertEquals(0, result.exitCode(), result::toString);
        Path ics = dir.resolve("pub/samarbejdsplan-2007.ics");
        assertTrue(Files.isRegularFile(ics), result::toString);
        assertEquals(13, Files.readString(ics).split("BEGIN:VEVENT", -1).length - 1, "one event per dated meeting");
        Document index = Jsoup.parse(dir.resolve("pub/index.html").toFile(), "UTF-8");
        assertFalse(index.select("a[href=samarbejdsplan-2007.ics]").isEmpty(), "index.html links the calendar");
    }

    @Test
    void aPluginThatFailsHalfwayLeavesThePreviousPublicationUntouched() throws Exception {
        Cli.Result first = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub");
        assertEquals(0, first.exitCode(), first::toString);
        Map<String, byte[]> before = CliEndToEndTest.contents(dir.resolve("pub"));

        Path plugins = dir.resolve("bad-plugins");
        PluginJars.exporter(plugins, "broken.jar", "BrokenExporter",
                PluginJars.members("broken", "throw new IllegalStateException(\"disk on fire\");"));
        Cli.Result second = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString());
        assertEquals(1, second.exitCode(), second::toString);
        assertTrue(second.err().contains("\"broken\""), "names the exporter: " + second);
        assertTrue(second.err().contains("disk on fire"), second::toString);
        CliEndToEndTest.assertNoStackTrace(second);

        Map<String, byte[]> after = CliEndToEndTest.contents(dir.resolve("pub"));
        assertEquals(before.keySet(), after.keySet());
        for (String file : before.keySet()) {
            assertArrayEquals(before.get(file), after.get(file), file + " is untouched");
        }
        try (Stream<Path> leftovers = Files.list(dir)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().startsWith(".pub.tmp")),
                    "no temporary folder is left beside the publication");
        }
    }

    @Test
    void aPluginThatNeverReturnsIsStoppedByTheTimeout() throws Exception {
        Path plugins = dir.resolve("slow-plugins");
        PluginJars.exporter(plugins, "slow.jar", "SlowExporter",
                PluginJars.members("slow", "while (true) { Thread.onSpinWait(); }"));
        Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString(), "--timeout", "2", "--lang", "en", "--formats", "html,slow");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("\"slow\" did not finish within 2 seconds"), result::toString);
        assertFalse(Files.exists(dir.resolve("pub")), "nothing is published");
    }

    @Test
    void aBrokenPluginIsListedAndTheOthersStillWork() throws Exception {
        Path plugins = dir.resolve("ctor-plugins");
        PluginJars.exporter(plugins, "ctor.jar", "CtorExporter",
                "public CtorExporter() { throw new IllegalStateException(\"cannot start\"); }\n"
                        + PluginJars.members("ctor", ""));
        Cli.Result formats = Cli.run(dir, "formats", "--plugin-path", plugins.toString());
        assertEquals(0, formats.exitCode(), formats::toString);
        assertTrue(formats.out().lines().anyMatch(l -> l.startsWith("html  ")), formats::toString);
        assertTrue(formats.err().contains("CtorExporter"), "names the broken plugin: " + formats);

        Cli.Result publish = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString());
        assertEquals(0, publish.exitCode(), "a plugin that was not asked for does not stop the publication: "
                + publish);
        assertTrue(Files.isRegularFile(dir.resolve("pub/index.html")));
    }
}
