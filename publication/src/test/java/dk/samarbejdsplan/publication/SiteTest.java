package dk.samarbejdsplan.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.history.PlanHistory;
import dk.samarbejdsplan.publication.FakeExporter.Behaviour;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site of several years ({@link SitePublisher}) on the example history, in Danish and English. */
class SiteTest {
    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    @TempDir
    Path temp;

    private static Document page(Path file) throws Exception {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void theSiteHasItsPagesYearFoldersEditionsAndCatalogue() {
        Path site = ExampleSite.site(Language.DA);
        for (String file : List.of("index.html", "catalog.jsonld", "2007/index.html", "2007/samarbejdsplan-2007.csv",
                "2008/index.html", "2008/aendringer.html", "2008/samarbejdsplan-2008.jsonld",
                "2008/udgave-1/index.html", "2008/udgave-1/samarbejdsplan-2008.txt")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertFalse(Files.exists(site.resolve("2007/aendringer.html")), "the first year has no changes page");
        assertFalse(Files.exists(site.resolve("2008/udgave-2")), "the current edition is the year's folder itself");
    }

    @Test
    void aYearFolderIsExactlyWhatPublishWritesForTheCurrentEdition() throws Exception {
        PlanHistory history = ExampleSite.history();
        CooperationPlan current = history.current(2008).orElseThrow().plan();
        assertEquals(2, current.edition());
        Path alone = temp.resolve("alone");
        ExampleSite.publisher(Language.DA).publish(current, alone);
        Map<String, String> year = new TreeMap<>(Folders.snapshot(ExampleSite.site(Language.DA).resolve("2008")));
        year.keySet().removeIf(name -> name.equals("aendringer.html") || name.startsWith("udgave-"));
        assertEquals(Folders.snapshot(alone), year);
    }

    @Test
    void theIndexListsThePlansNewestFirstWithStatusEditionDateAndLinks() throws Exception {
        Document index = page(ExampleSite.site(Language.DA).resolve("index.html"));
        assertEquals("da", index.selectFirst("html").attr("lang"));
        List<Element> rows = index.select("tbody tr");
        assertEquals(2, rows.size());
        Element y2008 = rows.get(0);
        Element y2007 = rows.get(1);
        assertEquals("2008", y2008.selectFirst("th").text());
        assertEquals("2007", y2007.selectFirst("th").text());
        assertEquals(List.of("Samarbejdsplan for 2008", "2", "Vedtaget", "12. juni 2008", "Ændringer fra 2007",
                "Udgave 1"), y2008.select("td").eachText());
        assertEquals(List.of("2008/index.html", "2008/aendringer.html", "2008/udgave-1/index.html"),
                y2008.select("a").eachAttr("href"));
        assertEquals("2008-06-12", y2008.selectFirst("time").attr("datetime"));
        assertEquals(List.of("Samarbejdsplan for 2007", "1", "Vedtaget", "Ikke oplyst", "Første år", "Ingen"),
                y2007.select("td").eachText());
        Document english = page(ExampleSite.site(Language.EN).resolve("index.html"));
        assertEquals(List.of("Samarbejdsplan for 2008", "2", "Adopted", "12 June 2008", "Changes since 2007",
                "Edition 1"), english.select("tbody tr").get(0).select("td").eachText());
    }

    @Test
    void theChangesPageNamesTheEndedNewRenamedAndMovedForums() throws Exception {
        Document da = page(ExampleSite.site(Language.DA).resolve("2008/aendringer.html"));
        assertEquals("Ændringer i samarbejdsplanen fra 2007 til 2008", da.selectFirst("h1").text());
        assertEquals(List.of("Nattelivsforum (i kategori 4. Kriminalitetsforebyggelse)"), listAfter(da, "Nye fora"));
        List<String> ended = listAfter(da, "Nedlagte fora");
        assertEquals(1, ended.size());
        assertTrue(ended.get(0).startsWith("Møder med Statens Lufthavnsvæsen (i kategori 2. Beredskab). Begrundelse:"
                + " Samarbejdet om Lufthavnen i Tune indgår fra 2008 i møderne i Beredskabsstaben"), ended.get(0));
        assertEquals(List.of("Beboermøder, herunder møder med lokale idrætsforeninger: fra kategori 4."
                + " Kriminalitetsforebyggelse til kategori 1. Kontakt med lokalsamfundet m.v."),
                listAfter(da, "Fora flyttet til en anden kategori"));
        Element renamed = da.select("table").stream()
                .filter(t -> t.selectFirst("caption").text().equals("Ændringer i Kontaktudvalget for kredsrådet"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Navn", "Kontaktudvalget", "Kontaktudvalget for kredsrådet"),
                renamed.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals("Navn"))
                        .findFirst().orElseThrow().children().eachText());
        Document en = page(ExampleSite.site(Language.EN).resolve("2008/aendringer.html"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals(List.of("Nattelivsforum (in category 4. Kriminalitetsforebyggelse)"), listAfter(en, "New forums"));
        assertTrue(listAfter(en, "Ended forums").get(0).contains("Reason: Samarbejdet om Lufthavnen i Tune"));
    }

    /** The items of the list after the h2 with the text. */
    private static List<String> listAfter(Document page, String heading) {
        Element h2 = page.select("h2").stream().filter(h -> h.text().equals(heading)).findFirst().orElseThrow();
        Element next = h2.nextElementSibling();
        assertEquals("ul", next.tagName(), heading + " is followed by a list");
        return next.select("li").eachText();
    }

    @Test
    void aSupersededEditionShowsANoticeLinkingTheCurrentOne() throws Exception {
        Document edition = page(ExampleSite.site(Language.DA).resolve("2008/udgave-1/index.html"));
        Element notice = edition.selectFirst("main > div.notice");
        assertEquals(notice, edition.selectFirst("main").child(0), "the notice is the first thing in the main content");
        assertTrue(notice.text().contains("Dette er udgave 1 af samarbejdsplanen for 2008 (vedtaget)."), notice.text());
        assertEquals("../index.html", notice.selectFirst("a").attr("href"));
        assertEquals("Gå til den gældende udgave, udgave 2", notice.selectFirst("a").text());
        assertTrue(page(ExampleSite.site(Language.DA).resolve("2008/index.html")).select("div.notice").isEmpty());
    }

    @Test
    void everyLinkOfEverySitePageFindsItsTarget() throws Exception {
        for (Language language : Language.values()) {
            Path site = ExampleSite.site(language);
            List<Path> pages;
            try (Stream<Path> files = Files.walk(site)) {
                pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            }
            assertTrue(pages.size() >= 5, pages.toString());
            int checked = 0;
            for (Path file : pages) {
                Document document = page(file);
                for (Element link : document.select("a[href], link[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
                        continue;
                    }
                    URI uri = URI.create(href);
                    Path target = uri.getPath() == null || uri.getPath().isEmpty() ? file
                            : file.getParent().resolve(uri.getPath()).normalize();
                    if (Files.isDirectory(target)) {
                        target = target.resolve("index.html");
                    }
                    assertTrue(Files.isRegularFile(target), site.relativize(file) + ": " + href + " has no target");
                    assertTrue(target.startsWith(site), href + " leaves the site");
                    if (uri.getFragment() != null && !uri.getFragment().isEmpty()) {
                        assertFalse(page(target).select("[id=" + uri.getFragment() + "]").isEmpty(),
                                site.relativize(file) + ": " + href + " points to no element");
                    }
                    checked++;
                }
            }
            assertTrue(checked > 20, "links checked: " + checked);
        }
    }

    @Test
    void theCatalogueIsJsonLdNamingEveryFileOfEveryYear() throws Exception {
        Path site = ExampleSite.site(Language.DA);
        Path catalog = site.resolve("catalog.jsonld");
        JsonArray expanded;
        try (InputStream in = Files.newInputStream(catalog)) {
            JsonLdOptions options = new JsonLdOptions();
            options.setDocumentLoader((url, o) -> {
                throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                        "nothing may be fetched: " + url);
            });
            options.setBase(catalog.toUri());
            expanded = JsonLd.expand(JsonDocument.of(in)).options(options).get();
        }
        assertEquals(1, expanded.size());
        JsonObject root = expanded.getJsonObject(0);
        assertEquals(DCAT + "Catalog", root.getJsonArray("@type").getString(0));
        JsonArray datasets = root.getJsonArray(DCAT + "dataset");
        assertEquals(2, datasets.size());
        Set<String> named = new TreeSet<>();
        for (JsonValue value : datasets) {
            JsonObject dataset = value.asJsonObject();
            assertEquals(DCAT + "Dataset", dataset.getJsonArray("@type").getString(0));
            for (JsonValue d : dataset.getJsonArray(DCAT + "distribution")) {
                JsonObject distribution = d.asJsonObject();
                assertEquals(DCAT + "Distribution", distribution.getJsonArray("@type").getString(0));
                URI download = URI.create(distribution.getJsonArray(DCAT + "downloadURL").getJsonObject(0)
                        .getString("@id"));
                Path file = Path.of(download);
                assertTrue(Files.isRegularFile(file), download.toString());
                named.add(site.relativize(file).toString().replace('\\', '/'));
                assertEquals(Long.toString(Files.size(file)), distribution.getJsonArray(DCAT + "byteSize")
                        .getJsonObject(0).getString("@value"));
                assertTrue(distribution.getJsonArray(DCAT + "mediaType").getJsonObject(0).getString("@id")
                        .startsWith("https://www.iana.org/assignments/media-types/"));
                assertEquals("https://creativecommons.org/publicdomain/zero/1.0/", distribution
                        .getJsonArray("http://purl.org/dc/terms/license").getJsonObject(0).getString("@id"));
                assertFalse(distribution.getJsonArray("http://purl.org/dc/terms/issued").isEmpty());
            }
        }
        Set<String> onDisk = new TreeSet<>();
        for (String year : List.of("2007", "2008")) {
            try (Stream<Path> files = Files.list(site.resolve(year))) {
                files.filter(Files::isRegularFile).map(p -> year + "/" + p.getFileName())
                        .filter(n -> !n.endsWith("/aendringer.html")).forEach(onDisk::add);
            }
        }
        assertEquals(onDisk, named);
    }

    @Test
    void aFailingExporterLeavesAnEarlierSiteUntouched() throws Exception {
        Path site = temp.resolve("site");
        PlanHistory history = ExampleSite.history();
        // no HTML: each year's link and the catalogue go to its first file, and no notice is put anywhere
        Publisher good = Publisher.create(ExporterRegistry.of(new FakeExporter("csv", "csv", Behaviour.WRITE),
                new FakeExporter("text", "txt", Behaviour.WRITE)), PublicationOptions.defaults());
        SitePublisher.create(good).publish(history, site);
        Map<String, String> before = Folders.snapshot(site);
        assertTrue(before.containsKey("2008/udgave-1/samarbejdsplan-2008.txt"), before.keySet().toString());
        Publisher failing = Publisher.create(ExporterRegistry.of(new FakeExporter("csv", "csv", Behaviour.WRITE),
                new FakeExporter("text", "txt", Behaviour.FAIL)), PublicationOptions.defaults());
        PublicationException e = assertThrows(PublicationException.class,
                () -> SitePublisher.create(failing).publish(history, site));
        assertEquals("PUB-006", e.code());
        assertEquals(before, Folders.snapshot(site));
        assertEquals(List.of(), Folders.ours(temp), "no staging folder is left");
    }

    @Test
    void theSiteIsDeterministic() throws Exception {
        Path again = temp.resolve("again");
        SitePublisher.create(ExampleSite.publisher(Language.DA))
                .withLicense("https://creativecommons.org/publicdomain/zero/1.0/").publish(ExampleSite.history(), again);
        assertEquals(Folders.snapshot(ExampleSite.site(Language.DA)), Folders.snapshot(again));
    }

    @Test
    void bothLanguagesHaveEveryText() {
        assertEquals(SitePages.keys(Language.DA), SitePages.keys(Language.EN));
    }

    @Test
    void planTextIsEscapedOnTheSitePages() throws Exception {
        PlanHistory history = ExampleSite.history();
        List<CooperationPlan> plans = new ArrayList<>();
        history.documents().forEach(d -> plans.add(d.plan()));
        CooperationPlan last = plans.remove(plans.size() - 1);
        CooperationPlan hostile = last.toBuilder().title("<script>alert(1)</script> & \"x\"")
                .categories(last.categories().stream().map(c -> c.id().equals("kriminalitetsforebyggelse")
                        ? c.withForums(c.forums().stream().map(f -> f.id().equals("nattelivsforum")
                                ? f.toBuilder().name("<img src=x onerror=alert(1)>").build() : f).toList())
                        : c).toList())
                .build();
        plans.add(hostile);
        Path site = temp.resolve("hostile");
        SitePublisher.create(ExampleSite.publisher(Language.DA)).publish(PlanHistory.ofPlans(plans), site);
        Document index = page(site.resolve("index.html"));
        assertTrue(index.select("script").isEmpty());
        assertEquals("<script>alert(1)</script> & \"x\"", index.select("tbody tr").get(0).selectFirst("td a").text());
        Document changes = page(site.resolve("2008/aendringer.html"));
        assertTrue(changes.select("img").isEmpty());
        assertTrue(changes.text().contains("<img src=x onerror=alert(1)>"));
    }
}
