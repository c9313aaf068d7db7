package dk.samarbejdsplan.export.html;

import dk.samarbejdsplan.export.html.internal.HtmlExporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportException;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Override templates from a folder: they replace built-in ones by name, run in Velocity's sandbox (no
 * reflection, no class loading) and in strict mode (a typo fails), and every failure is a clear message with a
 * stable code and an {@link ExportException} naming the exporter.
 */
class TemplateOverrideTest {
    @TempDir
    Path dir;

    private String render(ExportOptions options) throws IOException {
        StringBuilder sb = new StringBuilder();
        new HtmlExporter().export(TestPlans.plan2007(), options, sb);
        return sb.toString();
    }

    private ExportOptions withFolder() {
        return ExportOptions.builder().formatOptions(HtmlOptions.defaults().withTemplateDirectory(dir)).build();
    }

    private IOException failure(String template, String content) throws IOException {
        Files.writeString(dir.resolve(template), content);
        return assertThrows(IOException.class, () -> render(withFolder()));
    }

    private static void assertCode(IOException e, String code, String... words) {
        assertTrue(e.getMessage().startsWith(code + ": "), e.getMessage());
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), () -> "'" + word + "' missing from: " + e.getMessage());
        }
        ExportException cause = (ExportException) e.getCause();
        assertEquals("html", cause.exporterId());
        assertEquals(e.getMessage(), cause.getMessage());
    }

    @Test
    void anOverrideReplacesOneTemplateAndTheOthersFallBack() throws IOException {
        Files.writeString(dir.resolve("footer.vm"),
                "<footer><p class=\"branding\">Et særligt fodnotefelt for $plan.districtName</p></footer>\n");
        Document doc = Jsoup.parse(render(withFolder()));
        assertEquals("Et særligt fodnotefelt for Midt- og Vestsjællands Politi", doc.selectFirst(".branding").text());
        assertEquals(35, doc.select("tbody th[scope=row]").size(), "the built-in annex is still there");
        assertTrue(doc.selectFirst("style").data().contains("@media print"), "the built-in style is still there");
    }

    @Test
    void theStringParameterNamesTheFolderToo() throws IOException {
        Files.writeString(dir.resolve("header.vm"), "<header><h1>Eget hoved: $plan.title</h1></header>\n");
        String html = render(ExportOptions.builder().parameter(HtmlOptions.TEMPLATES_PARAMETER, dir.toString()).build());
        assertEquals("Eget hoved: Samarbejdsplan for 2007", Jsoup.parse(html).selectFirst("h1").text());
    }

    @Test
    void anOverrideIsEscapedLikeTheBuiltInTemplates() throws IOException {
        Files.writeString(dir.resolve("footer.vm"), "<footer><p>#set($x = '<b>bold</b>')$x</p></footer>\n");
        Document doc = Jsoup.parse(render(withFolder()));
        assertEquals(0, doc.select("footer b").size());
        assertEquals("<b>bold</b>", doc.selectFirst("footer p").text());
    }

    @Test
    void aChangedOverrideIsReadAgain() throws Exception {
        Files.writeString(dir.resolve("footer.vm"), "<footer><p class=\"v\">one</p></footer>\n");
        assertEquals("one", Jsoup.parse(render(withFolder())).selectFirst(".v").text());
        Files.writeString(dir.resolve("footer.vm"), "<footer><p class=\"v\">two</p></footer>\n");
        assertEquals("two", Jsoup.parse(render(withFolder())).selectFirst(".v").text());
    }

    @Test
    void classLoadingFromATemplateIsRefusedAndNeverRuns() throws IOException {
        Path marker = dir.resolve("ran");
        IOException e = failure("footer.vm", "$plan.getClass().forName(\"java.lang.Runtime\").getRuntime()"
                + ".exec(\"touch " + marker + "\")\n");
        assertCode(e, "EXP-HTML-012", "footer.vm", "line 1", "forName", "sandbox");
        assertFalse(Files.exists(marker), "the command ran");
    }

    @Test
    void aTemplateCannotChangeWhatOtherRendersSee() throws IOException {
        IOException e = failure("footer.vm", "<footer>#set($t.skipLink = 'Hacked')$t.put('contents', 'Hacked')</footer>\n");
        assertCode(e, "EXP-HTML-014", "not change them");
        String next = Render.html(TestPlans.plan2007(), Language.DA);
        assertFalse(next.contains("Hacked"));
        assertTrue(next.contains(">Spring til indhold</a>"));
    }

    /** An override that breaks a rule: its code, and the words its message must hold. */
    static Stream<Arguments> refusedOverrides() {
        return Stream.of(
                refused("reaching the class loader is refused", "footer.vm",
                        "<footer>\n#set($x = $plan.sections)\n$x.class.classLoader\n</footer>\n",
                        "EXP-HTML-012", "footer.vm", "line 3", "classLoader", "sandbox"),
                refused("reflection is refused", "footer.vm", "$plan.getClass().getDeclaredMethods()\n",
                        "EXP-HTML-012", "getDeclaredMethods"),
                refused("a syntax error names the template", "footer.vm", "<footer>\n#if($plan.title</footer>\n",
                        "EXP-HTML-010", "footer.vm", "not valid Velocity"),
                refused("a typo fails loudly in strict mode", "forum-details.vm", "<section>$f.nmae</section>\n",
                        "EXP-HTML-011", "forum-details.vm", "line 1", "nmae", "a forum", "strict mode"),
                refused("an unknown variable fails loudly", "footer.vm", "<footer>$forum.name</footer>\n",
                        "EXP-HTML-011", "footer.vm"),
                refused("an unknown label fails loudly", "footer.vm", "<footer>$t.noSuchLabel</footer>\n",
                        "EXP-HTML-011", "footer.vm", "noSuchLabel"));
    }

    private static Arguments refused(String name, String template, String content,
            String code, String... words) {
        return Arguments.of(Named.of(name, template), content,
                code, words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOverrides")
    void aRefusedOverrideFailsWithItsCode(String template, String content, String code, String[] words)
            throws IOException {
        assertCode(failure(template, content), code, words);
    }

    @Test
    void templatesCannotReachFilesOutsideTheFolder() throws IOException {
        Files.writeString(dir.getParent().resolve("secret.vm"), "SECRET");
        IOException e = failure("footer.vm", "<footer>#parse(\"../secret.vm\")</footer>\n");
        assertCode(e, "EXP-HTML-013", "../secret.vm");
        IOException absolute = failure("footer.vm", "<footer>#include(\"/etc/passwd\")</footer>\n");
        assertCode(absolute, "EXP-HTML-013");
    }

    @Test
    void aMissingFolderIsACleanError() {
        ExportOptions options = ExportOptions.builder()
                .formatOptions(HtmlOptions.defaults().withTemplateDirectory(dir.resolve("findes-ikke"))).build();
        IOException e = assertThrows(IOException.class, () -> render(options));
        assertCode(e, "EXP-HTML-003", "findes-ikke", "does not exist");
    }

    @Test
    void badOptionsAreCleanErrors() {
        assertCode(assertThrows(IOException.class, () -> render(ExportOptions.builder()
                .parameter(HtmlOptions.PLAN_LANGUAGE_PARAMETER, "fr").build())), "EXP-HTML-002", "fr");
        assertCode(assertThrows(IOException.class, () -> render(ExportOptions.builder().relatedFiles(java.util.List.of(
                new dk.samarbejdsplan.export.RelatedFile("javascript:alert(1)", "text/html", "x"))).build())),
                "EXP-HTML-004", "javascript:");
    }

    /** Template errors of every kind, each in an override; none may leave a page that counts as written. */
    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                Arguments.of("footer.vm", "<footer>#parse(\"footer.vm\")</footer>\n",
                        "EXP-HTML-014", "parse each other"),
                Arguments.of("header.vm", "#parse(\"a.vm\")\n", "EXP-HTML-014",
                        "parse each other"),
                Arguments.of("forum-row.vm", "<tr><td>$f.nmae</td></tr>\n",
                        "EXP-HTML-011", "forum-row.vm"),
                Arguments.of("footer.vm", "#macro(loop)#loop()#end<footer>#loop()</footer>\n",
                        "EXP-HTML-014", "footer.vm"),
                Arguments.of("footer.vm", "<footer>#planText()</footer>\n",
                        "EXP-HTML-01", "footer.vm"),
                Arguments.of("footer.vm", "<footer>#foreach($x in $plan.sections)</footer>\n",
                        "EXP-HTML-010", "footer.vm"),
                Arguments.of("footer.vm", "<footer>$plan.categories.get(99)</footer>\n",
                        "EXP-HTML-01", "footer.vm"),
                Arguments.of("footer.vm", "<footer>#set($n = 1 / 0)$n</footer>\n",
                        "EXP-HTML-01", "footer.vm"));
    }

    @ParameterizedTest
    @MethodSource("brokenTemplates")
    void anyTemplateErrorFailsTheExport(String template, String content, String code, String word) throws IOException {
        Files.writeString(dir.resolve("a.vm"), "#parse(\"b.vm\")\n");
        Files.writeString(dir.resolve("b.vm"), "#parse(\"a.vm\")\n");
        StringBuilder page = new StringBuilder();
        Files.writeString(dir.resolve(template), content);
        IOException e = assertThrows(IOException.class,
                () -> new HtmlExporter().export(TestPlans.plan2007(), withFolder(), page));
        assertTrue(e.getMessage().startsWith(code), e.getMessage());
        assertCode(e, e.getMessage().substring(0, e.getMessage().indexOf(':')), word);
    }

    @Test
    void thePlanLanguageParameterMarksPlanText() throws IOException {
        String html = render(ExportOptions.builder().language(Language.DA)
                .parameter(HtmlOptions.PLAN_LANGUAGE_PARAMETER, "en").build());
        assertEquals("en", Jsoup.parse(html).selectFirst("h1").attr("lang"));
    }
}
