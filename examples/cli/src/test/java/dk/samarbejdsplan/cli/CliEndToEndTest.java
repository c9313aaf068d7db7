package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI, run as a separate process from the built jar. */
class CliEndToEndTest {
    private static final List<String> PUBLICATION = List.of("index.html", "samarbejdsplan-2007.csv",
            "samarbejdsplan-2007-lokale-enheder.csv", "samarbejdsplan-2007-moeder.csv", "samarbejdsplan-2007.jsonld", "samarbejdsplan-2007.txt",
            "samarbejdsplan-2007.pdf");

    @TempDir
    Path dir;

    static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** A failure as the user sees it: the exit code, the words on standard error, and no stack trace. */
    static void assertCleanFailure(Cli.Result result, int exitCode, String words) {
        assertEquals(exitCode, result.exitCode(), result::toString);
        assertTrue(result.err().contains(words), result::toString);
        assertNoStackTrace(result);
    }

    static void assertNoStackTrace(Cli.Result result) {
        assertFalse(result.err().contains("\tat ") || result.err().contains("\\u0009at ")
                || result.err().matches("(?s).*\n {4}at [a-z].*") || result.err().contains("Exception in thread"),
                "no stack trace reaches the user:\n" + result);
    }

    @Nested
    class Publish {
        @Test
        void writesEveryFormatLinkedFromIndexAndTheSameBytesTwice() throws Exception {
            Cli.Result first = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub");
            assertEquals(0, first.exitCode(), first::toString);
            Map<String, byte[]> files = contents(dir.resolve("pub"));
            assertEquals(Set.copyOf(PUBLICATION), files.keySet(), first::toString);

            Document index = Jsoup.parse(new String(files.get("index.html"), StandardCharsets.UTF_8));
            assertEquals("da", index.selectFirst("html").attr("lang"));
            Set<String> links = index.select("a[href]").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
            for (String file : PUBLICATION.subList(1, PUBLICATION.size())) {
                assertTrue(links.contains(file), "index.html links " + file + ": " + links);
            }
            // the 2007 plan has warnings (lokalråd with one dated meeting), printed but not blocking
            assertTrue(first.err().contains("Kalundborg"), first::toString);
            assertNoStackTrace(first);

            Cli.Result second = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub2");
            assertEquals(0, second.exitCode(), second::toString);
            Map<String, byte[]> again = contents(dir.resolve("pub2"));
            for (String file : PUBLICATION) {
                assertArrayEquals(files.get(file), again.get(file), file + " is byte-identical on a second run");
            }
        }

        @Test
        void englishWithLangEn() throws Exception {
            Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--lang", "en",
                    "--formats", "html,text");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().contains("Wrote"), result::toString);
            assertTrue(result.err().contains("WARNING"), result::toString);
            Document index = Jsoup.parse(dir.resolve("pub/index.html").toFile(), "UTF-8");
            assertEquals("en", index.selectFirst("html").attr("lang"));
            assertEquals(Set.of("index.html", "samarbejdsplan-2007.txt"), contents(dir.resolve("pub")).keySet());
            assertTrue(Files.readString(dir.resolve("pub/samarbejdsplan-2007.txt")).contains("Topic:"));
        }

        @Test
        void refusesAPlanWithErrorsAndWritesNothing() throws Exception {
            String yaml = Files.readString(Cli.plan2007()).replace("frequency: \"Min. 4\"", "frequency: \"Min. 0\"");
            Path plan = dir.resolve("broken.yaml");
            Files.writeString(plan, yaml);
            Cli.Result result = Cli.run(dir, "publish", plan.toString(), "--out", "pub");
            assertEquals(1, result.exitCode(), result::toString);
            assertTrue(result.err().contains("FEJL"), result::toString);
            assertTrue(result.err().contains("broken.yaml:"), "names the file and line: " + result);
            assertFalse(Files.exists(dir.resolve("pub")));
            assertNoStackTrace(result);
        }

        @Test
        void aSyntaxErrorNamesFileLineAndColumn() throws Exception {
            Path plan = dir.resolve("syntax.yaml");
            Files.writeString(plan, "year: 2007\ndistrict: {name: [unclosed\n");
            Cli.Result result = Cli.run(dir, "publish", plan.toString(), "--out", "pub");
            assertEquals(1, result.exitCode(), result::toString);
            assertTrue(result.err().matches("(?s).*syntax\\.yaml:\\d+:\\d+.*"), result::toString);
            assertFalse(Files.exists(dir.resolve("pub")));
            assertNoStackTrace(result);
        }

        @Test
        void anUnknownFormatIsWrongUsage() throws Exception {
            Cli.Result result = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "pub", "--formats", "docx");
            assertEquals(2, result.exitCode(), result::toString);
            assertTrue(result.err().contains("html"), "lists the available ids: " + result);
            assertFalse(Files.exists(dir.resolve("pub")));
        }
    }

    @Nested
    class Usage {
        @ParameterizedTest
        @ValueSource(strings = {"--help", "--version", "publish --help", "validate --help", "formats --help",
            "new-year --help", "diff --help"})
        void helpAndVersionSucceed(String args) throws Exception {
            Cli.Result result = Cli.run(dir, args.split(" "));
            assertEquals(0, result.exitCode(), result::toString);
            assertFalse(result.out().isBlank());
        }

        @Test
        void helpIsDanishByDefaultAndEnglishOnRequest() throws Exception {
            assertTrue(Cli.run(dir, "publish", "--help").out().contains("Valgmuligheder"));
            assertTrue(Cli.run(dir, "publish", "--help", "--lang", "en").out().contains("Options"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"publish", "publish plan.yaml", "nonsense", "validate --bogus x.yaml",
            "new-year x.yaml --out y.yaml"})
        void wrongUsageExitsWith2(String args) throws Exception {
            assertCleanFailure(Cli.run(dir, args.split(" ")), 2, "Forkert brug");
        }
    }

    @Nested
    class Validate {
        @Test
        void theExamplePlanHasWarningsButNoErrors() throws Exception {
            Cli.Result result = Cli.run(dir, "validate", Cli.plan2007().toString());
            assertEquals(0, result.exitCode(), result::toString);
            for (String municipality : List.of("Kalundborg", "Køge", "Lejre", "Ringsted", "Roskilde", "Solrød",
                    "Stevns")) {
                assertTrue(result.err().contains(municipality), municipality + " has one dated meeting: " + result);
            }
            assertFalse(result.err().contains("Greve (kommune"), result::toString);
            assertFalse(result.err().contains("FEJL"), result::toString);
        }

        @Test
        void aMissingFileIsOneClearLine() throws Exception {
            assertCleanFailure(Cli.run(dir, "validate", "findes-ikke.yaml"), 1, "findes-ikke.yaml");
        }
    }

    @Nested
    class NewYear {
        @Test
        void draftsNextYearAndRefusesToOverwrite() throws Exception {
            Cli.Result result = Cli.run(dir, "new-year", Cli.plan2007().toString(), "--year", "2008", "--out",
                    "plan-2008.yaml");
            assertEquals(0, result.exitCode(), result::toString);
            String draft = Files.readString(dir.resolve("plan-2008.yaml"));
            assertTrue(draft.contains("year: 2008"), draft);
            assertTrue(draft.contains("status: draft"), draft);
            assertFalse(draft.contains("2007-10-26"), "dated meetings are dropped");
            assertFalse(draft.contains("2 i 2007"), "year-specific counts are dropped");
            assertTrue(draft.contains("kredsraadet"), "forum ids are kept");

            Cli.Result again = Cli.run(dir, "new-year", Cli.plan2007().toString(), "--year", "2008", "--out",
                    "plan-2008.yaml");
            assertEquals(1, again.exitCode(), again::toString);
            assertTrue(again.err().contains("--force"), again::toString);
        }
    }

    @Nested
    class Diff {
        @Test
        void showsAddedRemovedMovedAndChangedForums() throws Exception {
            Path changed = PlanEdits.changedCopyOf2007(dir);
            Cli.Result text = Cli.run(dir, "diff", Cli.plan2007().toString(), changed.toString());
            assertEquals(0, text.exitCode(), text::toString);
            String out = text.out();
            assertTrue(out.contains("Forum fjernet: Møder med pressen (moeder-med-pressen)"), out);
            assertTrue(out.contains("Nyt forum: Møder med Grønlands Politi (moeder-med-groenlands-politi)"), out);
            assertTrue(out.contains("Møder pr. år: \u201cMin. 4\u201d \u2192 \u201c6\u201d"), out);
            assertTrue(out.contains("Kategori: \u201c3. Dyreværn- og fødevarer\u201d \u2192 \u201c2. Beredskab\u201d"), out);
            assertTrue(out.contains("Lokalrådet i Kalundborg (326): møder"), out);

            Cli.Result json = Cli.run(dir, "diff", Cli.plan2007().toString(), changed.toString(), "--format", "json",
                    "--lang", "en");
            assertEquals(0, json.exitCode(), json::toString);
            assertTrue(json.out().contains("\"change\" : \"removed\"") || json.out().contains("\"change\": \"removed\""),
                    json.out());
            assertTrue(json.out().contains("\"moved\" : true") || json.out().contains("\"moved\": true"), json.out());

            Cli.Result html = Cli.run(dir, "diff", Cli.plan2007().toString(), changed.toString(), "--format", "html");
            assertEquals(0, html.exitCode(), html::toString);
            Document page = Jsoup.parse(html.out());
            assertEquals("da", page.selectFirst("html").attr("lang"));
            assertEquals(1, page.select("h1").size());
            assertTrue(page.select("th[scope=row]").size() >= 3, html.out());
        }

        @Test
        void noChangesAgainstItself() throws Exception {
            Cli.Result result = Cli.run(dir, "diff", Cli.plan2007().toString(), Cli.plan2007().toString());
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().contains("Ingen ændringer."), result::toString);
        }
    }
}
