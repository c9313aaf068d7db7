package dk.samarbejdsplan.export.html;

import dk.samarbejdsplan.export.html.internal.HtmlExporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The structure of the publication, read back with jsoup and compared with the plan and the 2007 seed. */
class HtmlStructureTest {

    private static Document parse(CooperationPlan plan, Language language) {
        return Jsoup.parse(Render.withDownloads(plan, language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDocumentIsAStandaloneHtmlPage(Language language) {
        String html = Render.html(TestPlans.plan2007(), language);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">"), html.substring(0, 80));
        Document doc = Jsoup.parse(html);
        assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
        assertEquals("width=device-width, initial-scale=1", doc.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals("Samarbejdsplan for 2007 – Midt- og Vestsjællands Politi", doc.title());
        // nothing to fetch and no JavaScript at all
        assertEquals(0, doc.select("script, link, img, iframe, object, embed, video, audio, source, base").size());
        assertEquals(0, doc.select("[src], [srcset], [style]").size());
        doc.getAllElements().forEach(e -> e.attributes().forEach(a ->
                assertFalse(a.getKey().startsWith("on"), "event handler " + a)));
        String css = doc.select("style").html();
        assertFalse(css.contains("url(") || css.contains("@import"), "the CSS fetches nothing");
        assertTrue(css.contains("@media print"), "a print stylesheet");
        assertTrue(css.contains(":focus-visible"), "a visible focus");
        // no timestamp or generator version: two renders are the same
        assertEquals(html, Render.html(TestPlans.plan2007(), language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void oneH1AndTheFactsOfThePlan(Language language) {
        Document doc = parse(TestPlans.plan2007(), language);
        assertEquals(List.of("Samarbejdsplan for 2007"), doc.select("h1").eachText());
        assertTrue(doc.selectFirst(".subtitle").text().startsWith("En plan for samarbejdet mellem Midt- og"));
        Map<String, String> facts = new LinkedHashMap<>();
        for (Element div : doc.select("dl.facts > div")) {
            facts.put(div.selectFirst("dt").text(), div.selectFirst("dd").text());
        }
        Map<String, String> expected = language == Language.DA
                ? Map.of("Politikreds", "Midt- og Vestsjællands Politi", "År", "2007", "Udgave", "1",
                        "Status", "Vedtaget", "Retsgrundlag", "Retsplejelovens § 113")
                : Map.of("Police district", "Midt- og Vestsjællands Politi", "Year", "2007", "Edition", "1",
                        "Status", "Adopted", "Legal basis", "Retsplejelovens § 113");
        assertEquals(expected, facts);
        assertEquals(0, doc.select(".draft-notice").size());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aSkipLinkToMain(Language language) {
        Document doc = parse(TestPlans.plan2007(), language);
        Element first = doc.body().child(0);
        assertEquals("a", first.tagName());
        assertEquals("#indhold", first.attr("href"));
        assertEquals(language == Language.DA ? "Spring til indhold" : "Skip to content", first.text());
        assertEquals("main", doc.getElementById("indhold").tagName());
        assertEquals(1, doc.select("main").size());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theNumberedSectionsWithTheirParagraphs(Language language) {
        CooperationPlan plan = TestPlans.plan2007();
        Document doc = parse(plan, language);
        Elements sections = doc.select("main > section.narrative");
        assertEquals(List.of("1. Indledning", "2. Opfølgning", "3. Offentliggørelse"), sections.select("h2").eachText());
        for (int i = 0; i < plan.sections().size(); i++) {
            assertEquals(plan.sections().get(i).paragraphs().stream().map(String::strip).toList(),
                    sections.get(i).select("p").eachText());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theContentsLinkToEverySectionCategoryAndTheDownloads(Language language) {
        Document doc = parse(TestPlans.plan2007(), language);
        Element nav = doc.selectFirst("nav");
        assertEquals(language == Language.DA ? "Indhold" : "Contents",
                doc.getElementById(nav.attr("aria-labelledby")).text());
        List<String> links = nav.select("a").eachText();
        List<String> expected = new ArrayList<>(List.of("1. Indledning", "2. Opfølgning", "3. Offentliggørelse",
                language == Language.DA ? "Møder i 2007" : "Meetings in 2007",
                language == Language.DA ? "Bilag 1: Samarbejdsfora" : "Annex 1: Cooperation forums"));
        int n = 1;
        for (Category c : TestPlans.plan2007().categories()) {
            expected.add(n++ + ". " + c.title());
        }
        expected.add(language == Language.DA ? "Hent planen i andre formater" : "Download the plan in other formats");
        assertEquals(expected, links);
        assertEquals("1. Kontakt med lokalsamfundet m.v.", expected.get(5), "category 1 as in the seed");
        assertEquals("13. Pressen", expected.get(17), "13 categories, numbered by position");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyInternalLinkHasATargetAndEveryIdIsUnique(Language language) {
        for (CooperationPlan plan : List.of(TestPlans.plan2007(), TestPlans.everyField())) {
            Document doc = parse(plan, language);
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                assertTrue(e.id().matches("[a-z][a-z0-9-]*"), "id " + e.id());
                assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            }
            for (Element a : doc.select("a[href^=#]")) {
                assertNotNull(doc.getElementById(a.attr("href").substring(1)), "no target for " + a);
            }
            for (Element e : doc.select("[aria-labelledby]")) {
                assertNotNull(doc.getElementById(e.attr("aria-labelledby")), "no label for " + e.tagName());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyForumInARealDataTable(Language language) {
        CooperationPlan plan = TestPlans.plan2007();
        Document doc = parse(plan, language);
        Elements tables = doc.select("table");
        assertEquals(13, tables.size());
        List<String> columns = language == Language.DA ? List.of("Forum", "Emne", "Repræsentanter", "Møder pr. år")
                : List.of("Forum", "Topic", "Representatives", "Meetings per year");
        for (int i = 0; i < tables.size(); i++) {
            Element table = tables.get(i);
            Category category = plan.categories().get(i);
            assertEquals((language == Language.DA ? "Samarbejdsfora under " : "Cooperation forums under ")
                    + (i + 1) + ". " + category.title(), table.selectFirst("caption").text());
            assertEquals(columns, table.select("thead th[scope=col]").eachText());
            Elements rows = table.select("tbody tr");
            assertEquals(category.forums().size(), rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Forum forum = category.forums().get(r);
                Element row = rows.get(r);
                assertEquals(1, row.select("th").size());
                assertEquals("row", row.selectFirst("th").attr("scope"));
                assertEquals(forum.name(), row.selectFirst("th").text());
                assertEquals(3, row.select("td").size());
                assertEquals(forum.representatives(), row.select("td").get(1).select("li").eachText());
                assertEquals(columns.subList(1, 4), row.select("td").eachAttr("data-label"));
            }
        }
        assertEquals(35, doc.select("tbody th[scope=row]").size());
        assertEquals((language == Language.DA ? "Planen omfatter 35 samarbejdsfora i 13 kategorier."
                : "The plan covers 35 cooperation forums in 13 categories."), doc.selectFirst(".annex > p").text());
    }

    private static Element row(Document doc, String forumName) {
        for (Element th : doc.select("tbody th[scope=row]")) {
            if (th.text().equals(forumName)) {
                return th.parent();
            }
        }
        throw new AssertionError("no row for " + forumName);
    }

    @Test
    void frequenciesAsTheCanonicalTextAndInWords() {
        Document da = parse(TestPlans.plan2007(), Language.DA);
        Document en = parse(TestPlans.plan2007(), Language.EN);
        // forum name -> frequency in the seed, and the same in words
        String[][] cases = {
                {"Kredsrådet for Midt- og Vestsjællands Politi", "Min. 4", "Mindst 4 møder om året",
                        "at least 4 meetings a year"},
                {"Lokalrådene i de enkelte kommuner", "Min. 4 (2 i 2007)", "Mindst 4 møder om året (2 i 2007)",
                        "at least 4 meetings a year (2 in 2007)"},
                {"Beredskabskommissionen i de enkelte kommuner", "4", "4 møder om året", "4 meetings a year"},
                {"Møder med Region Sjællands Sundhedsberedskabs- og præhospitale udvalg", "2-3",
                        "2 til 3 møder om året", "2 to 3 meetings a year"},
                {"Beredskabsstaben (strategisk niveau)", "Ad hoc", "Efter behov", "as needed"},
                {"Møder i lokale trafiksikkerhedsudvalg", "Besluttet lokalt", "Besluttes lokalt", "decided locally"},
                {"Møder med pressen", "1", "1 møde om året", "1 meeting a year"}};
        for (String[] c : cases) {
            Element cell = row(da, c[0]).select("td").get(2);
            assertEquals(c[1], cell.select(".frequency-code").text(), c[0]);
            assertEquals(c[2], cell.select(".frequency-words").text(), c[0]);
            assertEquals(c[3], row(en, c[0]).select("td").get(2).select(".frequency-words").text().toLowerCase(java.util.Locale.ROOT), c[0]);
            assertEquals(c[1], row(en, c[0]).select("td").get(2).select(".frequency-code").text(),
                    "the plan's own wording on the English page too: " + c[0]);
        }
        Element weekly = da.select("tbody td .frequency-code").stream().filter(e -> e.text().equals("52")).findFirst()
                .orElseThrow().parent();
        assertEquals("52 møder om året (ugentligt)", weekly.select(".frequency-words").text());
        assertEquals("", da.selectFirst(".frequency-code").attr("aria-hidden"),
                "the plan's own wording is never hidden: the words are an explanation next to it");
    }

    /** The lokalråd meetings of the seed: municipality, then its dates in the seed's words. */
    private static final String[][] SEED_MEETINGS = {
            {"Greve", "26. oktober 2007", "14. november 2007"},
            {"Holbæk", "26. september 2007", "7. november 2007"},
            {"Kalundborg", "29. november 2007"},
            {"Køge", "8. november 2007"},
            {"Lejre", "20. november 2007"},
            {"Odsherred", "27. september 2007", "8. november 2007"},
            {"Ringsted", "6. december 2007"},
            {"Roskilde", "22. november 2007"},
            {"Solrød", "28. september 2007"},
            {"Stevns", "31. oktober 2007"}};

    private static final Map<String, String> MONTHS = Map.of("september", "September", "oktober", "October",
            "november", "November", "december", "December");

    @ParameterizedTest
    @EnumSource(Language.class)
    void theLokalraadMeetingDatesAreWrittenOut(Language language) {
        Document doc = parse(TestPlans.plan2007(), language);
        Elements units = doc.select("ul.local-units > li");
        assertEquals(SEED_MEETINGS.length, units.size());
        int dates = 0;
        for (int i = 0; i < SEED_MEETINGS.length; i++) {
            Element unit = units.get(i);
            assertEquals(SEED_MEETINGS[i][0], unit.selectFirst(".unit-name").text());
            Elements times = unit.select("time");
            List<String> expected = new ArrayList<>();
            for (int d = 1; d < SEED_MEETINGS[i].length; d++) {
                String da = SEED_MEETINGS[i][d];
                if (language == Language.DA) {
                    expected.add(da);
                } else {
                    String[] p = da.split(" ");
                    expected.add(p[0].replace(".", "") + " " + MONTHS.get(p[1]) + " " + p[2]);
                }
            }
            assertEquals(expected, times.eachText());
            for (Element time : times) {
                assertTrue(time.attr("datetime").matches("2007-\\d\\d-\\d\\d"), time.toString());
            }
            dates += times.size();
        }
        assertEquals(13, dates, "the seed has 13 lokalråd meeting dates");
        Element greve = units.get(0);
        assertEquals("2007-10-26", greve.select("time").get(0).attr("datetime"));
        assertEquals(language == Language.DA ? "Greve: 26. oktober 2007 og 14. november 2007"
                : "Greve: 26 October 2007 and 14 November 2007", greve.text());
    }

    @Test
    void theEnglishEditionTranslatesItsOwnWordsAndMarksThePlanTextAsDanish() {
        Document en = parse(TestPlans.plan2007(), Language.EN);
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("da", en.selectFirst("h1").attr("lang"));
        assertEquals("da", en.selectFirst("tbody th").attr("lang"));
        assertEquals("da", en.selectFirst("section.narrative").attr("lang"));
        assertEquals("da", en.selectFirst("caption span").attr("lang"));
        assertEquals("Annex 1: Cooperation forums", en.selectFirst("#bilag-1").text());
        assertEquals(List.of("Action plan", "Notes", "Meetings in each municipality"),
                en.select(".forum-details dt").eachText(), "the 2007 lokalråd's details");
        Document da = parse(TestPlans.plan2007(), Language.DA);
        assertEquals(1, da.select("[lang]").size(), "a Danish page of a Danish plan needs no lang but the root's");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void optionalFieldsLinksAndAwkwardCases(Language language) {
        boolean dk = language == Language.DA;
        Document doc = parse(TestPlans.everyField(), language);
        assertEquals(dk ? "Dette er et udkast. Planen er endnu ikke vedtaget."
                : "This is a draft. The plan has not been adopted yet.", doc.selectFirst(".draft-notice").text());
        Element discussed = doc.selectFirst("dl.facts time");
        assertEquals("2008-03-13", discussed.attr("datetime"));
        assertEquals(dk ? "13. marts 2008" : "13 March 2008", discussed.text());
        Element kredsraad = doc.getElementById("forum-kredsraadet-mere").parent();
        assertEquals(dk ? List.of("Kommissorium", "Målsætninger", "Handleplan", "Snitflader til andre fora", "Bemærkninger")
                : List.of("Terms of reference", "Goals", "Action plan", "Interfaces with other forums", "Notes"),
                kredsraad.select("dt").eachText());
        assertEquals(List.of("Kredsrådet drøfter politiets virksomhed.", "Og samarbejdsplanen."),
                kredsraad.select("dd").get(0).select("p").eachText());
        assertEquals(List.of("Færre indbrud", "Tryghed i nattelivet"), kredsraad.select("dd").get(1).select("li").eachText());
        Elements interfaces = kredsraad.select("dd").get(3).select("li");
        assertEquals("#forum-lokalraadene", interfaces.get(0).selectFirst("a").attr("href"));
        assertEquals("Lokalrådene i de enkelte kommuner", interfaces.get(0).text());
        assertEquals(0, interfaces.get(1).select("a").size(), "no link to a forum the plan does not have");
        assertEquals("findes-ikke", interfaces.get(1).text());
        assertEquals(List.of("Første bemærkning.", "Anden bemærkning.", "Med to afsnit."),
                kredsraad.select("dd").get(4).select("p").eachText());
        Elements units = doc.select("ul.local-units > li");
        assertEquals(dk ? "Greve: 26. januar 2008 (afholdt), 14. november 2008 (planlagt) og 1. december 2008"
                : "Greve: 26 January 2008 (held), 14 November 2008 (planned) and 1 December 2008",
                units.get(0).ownText().isEmpty() ? "" : units.get(0).text().replaceAll(" (Handleplan|Action plan):.*", ""));
        assertTrue(units.get(0).text().endsWith("Greves handleplan."));
        assertEquals(dk ? "Køge: ingen møder fastsat" : "Køge: no meetings scheduled", units.get(1).text());
        // a row links to its details; a forum without details has no such link
        assertEquals("#forum-kredsraadet-mere", row(doc, "Kredsrådet").selectFirst(".more-link a").attr("href"));
        assertEquals(0, row(doc, "Forum uden id").select(".more-link").size());
        // odd ids become valid, unique ids; a forum cannot take the page's own ids
        assertEquals("forum-aeble-gaard", row(doc, "Forum med et mærkeligt id").selectFirst("th").id());
        assertEquals("forum", row(doc, "Forum uden id").selectFirst("th").id());
        assertEquals("forum-dup", row(doc, "Første dublet").selectFirst("th").id());
        assertEquals("forum-dup-2", row(doc, "Anden dublet").selectFirst("th").id());
        assertEquals("forum-indhold", row(doc, "Forum med sidens eget id").selectFirst("th").id());
        assertEquals("forum-forum-dup", row(doc, "Forum der ligner en dublet").selectFirst("th").id());
        // blank texts get a placeholder, never an empty heading or cell
        String untitled = dk ? "Uden titel" : "Untitled";
        Element blank = row(doc, untitled);
        assertEquals(dk ? "Ikke oplyst" : "Not stated", blank.select("td").get(0).text());
        assertEquals(dk ? "Ikke oplyst" : "Not stated", blank.select("td").get(1).text());
        assertEquals("2. " + untitled, doc.select("section.narrative h2").get(1).text());
        assertEquals("4. " + untitled, doc.select("section.category h3").get(3).text());
        // an empty category says so instead of an empty table
        Element empty = doc.select("section.category").get(2);
        assertEquals(0, empty.select("table").size());
        assertEquals(dk ? "Der er ingen samarbejdsfora i denne kategori." : "There are no cooperation forums in this category.",
                empty.selectFirst("p").text());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void downloadsOnlyWhenThereAreRelatedFiles(Language language) {
        Document with = parse(TestPlans.plan2007(), language);
        Element section = with.getElementById("hent").parent();
        Elements links = section.select("a");
        assertEquals(List.of("samarbejdsplan-2007.csv", "samarbejdsplan-2007.jsonld",
                "samarbejdsplan%202007%20%C3%A6%C3%B8%C3%A5.txt"), links.eachAttr("href"));
        assertEquals(List.of("text/csv", "application/ld+json", "text/plain; charset=utf-8"), links.eachAttr("type"));
        assertEquals(List.of("Regneark (CSV)", "Linked data (JSON-LD)", "Tekst til skærmlæsere"), links.eachText());
        assertTrue(section.text().contains("text/csv"));
        Document without = Jsoup.parse(Render.html(TestPlans.plan2007(), language));
        assertEquals(null, without.getElementById("hent"));
        assertEquals(0, without.select("nav a[href=#hent]").size());
    }

    @Test
    void writesStraightIntoTheCallersSink() throws IOException {
        // appends of bounded pieces as the page is rendered, not one document-sized string
        int[] appends = {0};
        int[] longest = {0};
        StringBuilder sb = new StringBuilder();
        Appendable counting = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) {
                return append(csq, 0, csq.length());
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) {
                appends[0]++;
                longest[0] = Math.max(longest[0], end - start);
                sb.append(csq, start, end);
                return this;
            }

            @Override
            public Appendable append(char c) {
                appends[0]++;
                sb.append(c);
                return this;
            }
        };
        new HtmlExporter().export(TestPlans.plan2007(), ExportOptions.defaults(), counting);
        // the page goes to the sink in pieces of at most 8 KB (the renderer's buffer), never as one string
        assertTrue(appends[0] >= sb.length() / 8192, "appends: " + appends[0]);
        assertTrue(longest[0] <= 8192, "longest append " + longest[0] + " of " + sb.length());
        assertTrue(longest[0] < sb.length() / 4, "longest append " + longest[0] + " of " + sb.length());
        assertEquals(Render.html(TestPlans.plan2007(), Language.DA), sb.toString());
    }

    @Test
    void metadata() {
        HtmlExporter exporter = new HtmlExporter();
        assertEquals("html", exporter.id());
        assertEquals("text/html", exporter.mediaType());
        assertEquals("html", exporter.fileExtension());
        assertFalse(exporter.displayName().isBlank());
    }
}
