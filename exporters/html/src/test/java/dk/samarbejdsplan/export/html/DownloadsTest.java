package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The download list shows each file's size when known, in the page's language, and its note when there is one. */
class DownloadsTest {
    private static final List<RelatedFile> FILES = List.of(
            new RelatedFile("samarbejdsplan-2007.csv", "text/csv", "Regneark (CSV)", OptionalLong.of(12_000),
                    Optional.of("Semikolonsepareret, UTF-8 med BOM: åbner direkte i dansk Excel")),
            new RelatedFile("samarbejdsplan-2007.pdf", "application/pdf", "PDF", OptionalLong.of(1_234_567),
                    Optional.empty()),
            new RelatedFile("samarbejdsplan-2007.txt", "text/plain", "Tekst"));

    private static Elements items(Language language) {
        Document doc = Jsoup.parse(Render.html(TestPlans.plan2007(),
                ExportOptions.builder().language(language).relatedFiles(FILES).build()));
        return doc.select(".downloads li");
    }

    @Test
    void sizesAndNotesInDanish() {
        Elements items = items(Language.DA);
        assertEquals("(filtype: text/csv, 12 kB)", items.get(0).selectFirst(".media-type").text());
        assertEquals("Semikolonsepareret, UTF-8 med BOM: åbner direkte i dansk Excel",
                items.get(0).selectFirst(".download-note").text());
        assertEquals("(filtype: application/pdf, 1,2 MB)", items.get(1).selectFirst(".media-type").text());
        assertNull(items.get(1).selectFirst(".download-note"));
        assertEquals("(filtype: text/plain)", items.get(2).selectFirst(".media-type").text(), "no size when unknown");
    }

    @Test
    void sizesInEnglish() {
        Elements items = items(Language.EN);
        assertEquals("(file type: application/pdf, 1.2 MB)", items.get(1).selectFirst(".media-type").text());
    }
}
