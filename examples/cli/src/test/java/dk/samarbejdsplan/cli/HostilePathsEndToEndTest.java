package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nothing a plan, a plugin or an option says can make {@code publish} write outside {@code --out}: plugins
 * whose file extension or output suffix climbs out of the folder, holds a slash or is empty, a plugin that would
 * overwrite another format's file, an {@code --out} that is a file, or whose parents do not exist yet, a symlink
 * as {@code --out}, and symlinks inside an earlier publication pointing elsewhere. The whole folder the test
 * works in is compared before and after, so a file written anywhere would show.
 */
class HostilePathsEndToEndTest {
    @TempDir
    static Path shared;
    static Path plugins;

    @TempDir
    Path dir;

    /** A plugin exporter with an id, a file extension and, optionally, one more output with a suffix. */
    private static String exporter(String id, String extension, String suffix) {
        String outputs = suffix == null ? "" : "public java.util.List<ExportOutput> outputs() { return "
                + "java.util.List.of(ExportOutput.MAIN, new ExportOutput(\"extra\", \"" + suffix + "\")); }\n";
        return outputs + HostilePluginsEndToEndTest.Jars.members(id, extension, "");
    }

    /** The hostile plugins, by class name: id, file extension, extra output's suffix. */
    private static final Map<String, String[]> EVIL = new LinkedHashMap<>();

    static {
        EVIL.put("Up", new String[] {"up", "../../../pwned", null});
        EVIL.put("Absolute", new String[] {"absolute", "/tmp/pwned", null});
        EVIL.put("Slash", new String[] {"slash", "a/b", null});
        EVIL.put("Backslash", new String[] {"backslash", "..\\\\..\\\\pwned", null});
        EVIL.put("Empty", new String[] {"empty", "", null});
        EVIL.put("Nul", new String[] {"nul", "ics\\u0000.html", null});
        EVIL.put("SuffixUp", new String[] {"suffix-up", "txt", "/../../../pwned"});
        EVIL.put("Clash", new String[] {"clash", "csv", "-moeder"});
        EVIL.put("Index", new String[] {"index", "html", "/../index"});
    }

    @BeforeAll
    static void hostilePlugins() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : EVIL.entrySet()) {
            String[] v = e.getValue();
            sources.put("test.paths." + e.getKey(), HostilePluginsEndToEndTest.Jars.source("test.paths." + e.getKey(),
                    "implements PlanExporter", exporter(v[0], v[1], v[2])));
        }
        Path classes = HostilePluginsEndToEndTest.Jars.compile(shared, sources);
        List<String> names = sources.keySet().stream().toList();
        plugins = shared.resolve("plugins");
        HostilePluginsEndToEndTest.Jars.jar(plugins, "paths.jar", classes, names, names);
    }

    /** Every file and folder under {@code root} (symlinks not followed) with its content. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String name = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    tree.put(name, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    tree.put(name, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                } else {
                    tree.put(name, "/");
                }
            }
        }
        return tree;
    }

    private static void assertNoPwned() {
        for (Path p : List.of(Path.of("/tmp/pwned"), Path.of("/tmp/pwned.txt"), Path.of("/pwned"))) {
            assertFalse(Files.exists(p, LinkOption.NOFOLLOW_LINKS), p + " was written");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"up", "absolute", "slash", "backslash", "empty", "nul", "suffix-up", "index"})
    void aPluginFileNameThatIsNotAPlainNameIsRefusedAndNothingIsWritten(String id) throws Exception {
        // deep enough that ../../.. from the output folder still lands inside the compared folder
        Path work = Files.createDirectories(dir.resolve("a/b/c/work"));
        Map<String, String> before = tree(dir);
        Cli.Result result = Cli.run(work, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString(), "--formats", "html,csv," + id, "--lang", "en");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("exporter \"" + id + "\" wants a file name that is not allowed"),
                result::toString);
        CliEndToEndTest.assertNoStackTrace(result);
        assertEquals(before, tree(dir), "nothing is written anywhere");
        assertNoPwned();
    }

    @Test
    void aPluginCannotOverwriteAnotherFormatsFile() throws Exception {
        Map<String, String> before = tree(dir);
        Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString(), "--formats", "csv,clash");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Eksportøren \"clash\" ville overskrive en anden eksportørs fil "
                + "samarbejdsplan-2007"), result::toString);
        assertEquals(before, tree(dir));
    }

    @Test
    void whenEveryFormatIsAskedForOneUnsafePluginStopsThePublicationBeforeAnythingIsWritten() throws Exception {
        Path work = Files.createDirectories(dir.resolve("a/b/c/work"));
        Map<String, String> before = tree(dir);
        Cli.Result result = Cli.run(work, "publish", Cli.plan2007().toString(), "--out", "pub", "--plugin-path",
                plugins.toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Intet blev offentliggjort"), result::toString);
        assertEquals(before, tree(dir));
        assertNoPwned();
    }

    @Test
    void anOutputThatIsAFileIsRefusedAndTheFileIsKept() throws Exception {
        Path file = dir.resolve("pub");
        Files.writeString(file, "vigtige noter");
        Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--formats", "html");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("findes og er ikke en mappe"), result::toString);
        assertEquals(Map.of("", "/", "pub", "vigtige noter"), tree(dir));
    }

    @Test
    void anOutputWhoseParentsDoNotExistIsCreatedAndHoldsEverything() throws Exception {
        Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "ny/mappe/pub", "--formats",
                "html,csv");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(Set.of("", "ny", "ny/mappe", "ny/mappe/pub", "ny/mappe/pub/index.html",
                "ny/mappe/pub/samarbejdsplan-2007.csv", "ny/mappe/pub/samarbejdsplan-2007-moeder.csv"),
                tree(dir).keySet());
    }

    @Test
    void otherFilesInTheOutputFolderAreLeftAlone() throws Exception {
        Files.createDirectories(dir.resolve("pub/billeder"));
        Files.writeString(dir.resolve("pub/noter.txt"), "mine noter");
        Files.writeString(dir.resolve("pub/billeder/logo.svg"), "<svg/>");
        Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--formats", "text");
        assertEquals(0, result.exitCode(), result::toString);
        Map<String, String> after = tree(dir);
        assertEquals("mine noter", after.get("pub/noter.txt"));
        assertEquals("<svg/>", after.get("pub/billeder/logo.svg"));
        assertEquals(Set.of("", "pub", "pub/billeder", "pub/billeder/logo.svg", "pub/noter.txt",
                "pub/samarbejdsplan-2007.txt"), after.keySet());
    }

    @Test
    void aSymlinkAsTheOutputPublishesIntoItsTargetAndStaysALink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("web/2007"));
        Path link = Files.createSymbolicLink(dir.resolve("pub"), real);
        Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--formats", "html");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(Files.isSymbolicLink(link), "the link is not replaced");
        assertEquals(Set.of("", "pub", "web", "web/2007", "web/2007/index.html"), tree(dir).keySet());
    }

    @Test
    void symlinksInAnEarlierPublicationAreReplacedNotFollowed() throws Exception {
        Path victim = Files.writeString(dir.resolve("offer.txt"), "må ikke overskrives");
        Path pub = Files.createDirectories(dir.resolve("pub"));
        Files.createSymbolicLink(pub.resolve("index.html"), victim);
        Files.createSymbolicLink(pub.resolve("samarbejdsplan-2007.txt"), dir.resolve("findes-ikke.txt"));
        Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--formats",
                "html,text");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("må ikke overskrives", Files.readString(victim), "the file a link pointed to is untouched");
        assertFalse(Files.exists(dir.resolve("findes-ikke.txt"), LinkOption.NOFOLLOW_LINKS),
                "a dangling link's target is not created");
        assertFalse(Files.isSymbolicLink(pub.resolve("index.html")));
        assertFalse(Files.isSymbolicLink(pub.resolve("samarbejdsplan-2007.txt")));
        assertTrue(Files.readString(pub.resolve("index.html")).startsWith("<!DOCTYPE html>"));
        assertArrayEquals("må ikke overskrives".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(victim));
    }
}
