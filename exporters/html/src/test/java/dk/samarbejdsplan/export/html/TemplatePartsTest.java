package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every part of the page comes from its own template, and a district can override each one alone: the override
 * is used, and the rest of the page stays exactly as the built-in templates write it.
 */
class TemplatePartsTest {
    /** The built-in templates, read from the sources (independent of the exporter's own loader). */
    private static final Path BUILT_IN = Path.of("src/main/resources/dk/samarbejdsplan/export/html/internal/templates");

    @TempDir
    Path dir;

    private ExportOptions withFolder(Language language) {
        return ExportOptions.builder().language(language).relatedFiles(Render.RELATED)
                .formatOptions(HtmlOptions.defaults().withTemplateDirectory(dir)).build();
    }

    /** Every template a district can override, one per part of the page (and the page and its macros). */
    static Stream<String> parts() {
        return Stream.of("page.vm", "style.vm", "header.vm", "contents.vm", "sections.vm", "meetings-picture.vm", "annex.vm", "category.vm",
                "forum-row.vm", "forum-details.vm", "local-units.vm", "downloads.vm", "footer.vm");
    }

    @Test
    void theListedPartsAreExactlyTheBuiltInTemplates() throws IOException {
        try (Stream<Path> files = Files.list(BUILT_IN)) {
            assertEquals(Stream.concat(parts(), Stream.of("macros.vm")).sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @ParameterizedTest
    @MethodSource("parts")
    void eachPartCanBeOverriddenAlone(String part) throws IOException {
        String marker = part.equals("style.vm") ? "/* override of " + part + " */\n" : "<!-- override of " + part + " -->\n";
        Files.writeString(dir.resolve(part), marker + Files.readString(BUILT_IN.resolve(part)));
        for (Language language : Language.values()) {
            String builtIn = Render.withDownloads(TestPlans.plan2007(), language);
            String overridden = Render.html(TestPlans.plan2007(), withFolder(language));
            assertNotEquals(builtIn, overridden, part + " was not used");
            assertTrue(overridden.contains(marker), part);
            assertEquals(builtIn, overridden.replace(marker, ""),
                    "overriding " + part + " changed nothing but that part's own output");
        }
    }

    @Test
    void anOverriddenForumRowIsUsedForEveryForum() throws IOException {
        Files.writeString(dir.resolve("forum-row.vm"), "<tr class=\"own-row\"><th scope=\"row\" id=\"$f.id\">$f.name</th>"
                + "<td colspan=\"3\">$f.frequencyCode: $f.frequencyWords</td></tr>\n");
        Document doc = Jsoup.parse(Render.html(TestPlans.plan2007(), withFolder(Language.DA)));
        assertEquals(35, doc.select("tbody tr").size());
        assertEquals(35, doc.select("tbody tr.own-row").size(), "every row comes from the override");
        Element first = doc.selectFirst("tr.own-row");
        assertEquals("Kredsrådet for Midt- og Vestsjællands Politi", first.selectFirst("th").text());
        assertEquals("Min. 4: Mindst 4 møder om året", first.selectFirst("td").text());
        assertEquals(0, doc.select("td[data-label]").size(), "no built-in row is left");
        assertTrue(doc.selectFirst(".forum-details") != null, "the built-in details blocks are still there");
    }
}
