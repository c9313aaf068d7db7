package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samarbejdsplan site DIR --out SITE} and the VAL-507 places {@code new-year} prints, in-process. */
class SiteCommandTest {
    private static final Path EXAMPLES = Path.of("..", "plans");

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path plans() throws IOException {
        Path plans = Files.createDirectories(temp.resolve("plans"));
        for (String name : List.of("samarbejdsplan-2007.yaml", "samarbejdsplan-2008.yaml")) {
            Files.copy(EXAMPLES.resolve(name), plans.resolve(name));
        }
        return plans;
    }

    @Test
    void theExampleHistoryBecomesASiteWithItsWarningsPrinted() throws IOException {
        Path site = temp.resolve("site");
        Path plans = plans();
        Run run = run("site", plans.toString(), "--out", site.toString(), "--formats", "html,csv");
        assertEquals(0, run.code(), run.err());
        for (String file : List.of("index.html", "catalog.jsonld", "2007/index.html", "2007/samarbejdsplan-2007.csv",
                "2008/index.html", "2008/aendringer.html")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertFalse(Files.exists(site.resolve("2008/samarbejdsplan-2008.txt")), "--formats is honoured");
        assertTrue(run.err().contains("VAL-507"), run.err());
        assertTrue(run.out().contains("2 år"), run.out());
        assertTrue(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8).contains("<html lang=\"da\">"));
        Run en = run("--lang", "en", "site", plans.toString(), "--out",
                temp.resolve("site-en").toString(), "--formats", "html");
        assertEquals(0, en.code(), en.err());
        assertTrue(Files.readString(temp.resolve("site-en/2008/aendringer.html"), StandardCharsets.UTF_8)
                .contains("<h2>Ended forums</h2>"));
    }

    @Test
    void aPlanWithAnErrorLeavesAnEarlierSiteUntouched() throws IOException {
        Path plans = plans();
        Path site = temp.resolve("site");
        assertEquals(0, run("site", plans.toString(), "--out", site.toString(), "--formats", "html").code());
        Map<String, String> before = snapshot(site);
        // a second file claiming 2008, edition 1: VAL-502, an error across the years
        Files.copy(plans.resolve("samarbejdsplan-2008.yaml"), plans.resolve("kopi.yaml"));
        Run duplicate = run("site", plans.toString(), "--out", site.toString(), "--formats", "html");
        assertEquals(1, duplicate.code(), duplicate.err());
        assertTrue(duplicate.err().contains("VAL-502"), duplicate.err());
        assertTrue(duplicate.err().contains("Intet blev offentliggjort"), duplicate.err());
        assertEquals(before, snapshot(site));
        // a plan with an error of its own: VAL-007 (no title)
        Files.delete(plans.resolve("kopi.yaml"));
        Files.writeString(plans.resolve("samarbejdsplan-2008.yaml"), Files.readString(plans.resolve(
                "samarbejdsplan-2008.yaml"), StandardCharsets.UTF_8).replace("title: Samarbejdsplan for 2008",
                "title: \" \""), StandardCharsets.UTF_8);
        Run invalid = run("site", plans.toString(), "--out", site.toString(), "--formats", "html");
        assertEquals(1, invalid.code(), invalid.err());
        assertTrue(invalid.err().contains("VAL-007"), invalid.err());
        assertEquals(before, snapshot(site));
    }

    @Test
    void anEmptyFolderOrAWrongOptionIsNotASite() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Run run = run("site", empty.toString(), "--out", temp.resolve("site").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("PLAN-HISTORY-001"), run.err());
        assertEquals(2, run("site", plans().toString(), "--out", temp.resolve("s").toString(), "--timeout", "0")
                .code());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    @Test
    void newYearPrintsThePlacesThatStillNameTheOldYear() {
        Path draft = temp.resolve("draft-2008.yaml");
        Run run = run("--lang", "en", "new-year", EXAMPLES.resolve("samarbejdsplan-2007.yaml").toString(), "--year",
                "2008", "--out", draft.toString());
        assertEquals(0, run.code(), run.err());
        List<String> flagged = run.err().lines().filter(l -> l.contains("VAL-507")).toList();
        assertEquals(5, flagged.size(), run.err());
        assertTrue(flagged.stream().allMatch(l -> l.contains(draft + ":")), run.err());
        assertTrue(flagged.get(0).contains("\"Samarbejdsplanen for 2007\""), flagged.get(0));
    }

    private static Map<String, String> snapshot(Path folder) {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.toList()) {
                result.put(folder.relativize(p).toString(), Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/"
                        : HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
