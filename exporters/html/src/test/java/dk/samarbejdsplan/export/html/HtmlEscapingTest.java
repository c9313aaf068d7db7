package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** No plan text can add markup: every value is escaped on insertion and renders as the same, inert text. */
class HtmlEscapingTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\" onmouseover=\"x";
    static final String SINGLE = "' onfocus='y";
    static final String ENTITY = "&amp; &lt;b&gt; &#x26;";
    static final String TEMPLATE = "$plan.title #set($x = 1) ${t.skipLink}";

    static CooperationPlan hostile() {
        String all = SCRIPT + " " + ATTRIBUTE + " " + SINGLE + " " + ENTITY + " " + TEMPLATE;
        Forum forum = Forum.builder().id("\"><script>alert(2)</script>").name(SCRIPT).topic(ATTRIBUTE)
                .representatives(List.of(SINGLE, ENTITY)).frequency("Ad hoc").termsOfReference(all)
                .goals(List.of(SCRIPT)).actionPlan(TEMPLATE).interfaces(List.of("\"><script>alert(2)</script>", SCRIPT))
                .notes(List.of(all))
                .localUnits(List.of(LocalUnit.of(new Municipality("253", SCRIPT), List.of(Meeting.on(LocalDate.of(2007, 10, 26))))))
                .build();
        return CooperationPlan.builder().district(PoliceDistrict.of(ATTRIBUTE)).year(2007).title(SCRIPT)
                .subtitle(ATTRIBUTE).legalBasis(SINGLE)
                .section(Section.of(SCRIPT, all))
                .categories(List.of(new Category(SCRIPT, 1, ATTRIBUTE, List.of(forum))))
                .build();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void planTextRendersAsInertText(Language language) {
        String html = Render.html(hostile(), ExportOptions.builder().language(language)
                .relatedFiles(List.of(new RelatedFile("a\"b'c<d>.csv", "text/csv\" onclick=\"z", SCRIPT))).build());
        Document doc = Jsoup.parse(html);
        assertEquals(0, doc.select("script").size(), "no script element");
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"),
                    () -> "event handler attribute " + a + " on " + e.tagName()));
        }
        assertEquals(SCRIPT, doc.selectFirst("h1").text());
        assertEquals(SCRIPT, doc.selectFirst("tbody th").text());
        assertEquals(ATTRIBUTE, doc.selectFirst(".subtitle").text());
        assertEquals(ATTRIBUTE, doc.selectFirst("tbody td p").text());
        assertEquals(List.of(SINGLE, ENTITY), doc.select("tbody td li").eachText());
        assertTrue(doc.body().wholeText().contains(TEMPLATE), "template syntax in plan text is not evaluated");
        assertEquals("1. " + ATTRIBUTE, doc.selectFirst("h3").text());
        assertEquals(SCRIPT, doc.selectFirst("a[href$=.csv]").text());
        assertEquals("a%22b'c%3Cd%3E.csv", doc.selectFirst("a[href$=.csv]").attr("href"));
        assertFalse(doc.selectFirst("a[href$=.csv]").hasAttr("type"), "an invalid media type is not an attribute");
        // the raw text never carries an unescaped hostile fragment
        String body = html.substring(html.indexOf("<body>"));
        assertFalse(body.contains(SCRIPT));
        assertFalse(body.contains(ATTRIBUTE));
        assertFalse(body.contains(SINGLE));
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(body.contains("&amp;amp; &amp;lt;b&amp;gt; &amp;#x26;"), "entities in plan text stay text");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void charactersHtmlCannotCarryBecomeReplacementCharacters(Language language) {
        CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("D")).year(2007)
                .title("a\u0000b\u0007c\u007Fd\u0085e\uFFFEf\uD800g\uDBFF\uDFFFh\uFDD0i").build();
        Document doc = Jsoup.parse(Render.html(plan, language));
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi", doc.selectFirst("h1").text());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyOtherCharacterIsKept(Language language) {
        String text = "Kredsrådet ÆØÅ æøå 👮‍♀️ 🇩🇰 שלום مرحبا Cafe\u0301 𝔘𝔫𝔦 日本語 «» “” ‘’ „“ \u200B\u00A0§ 113 –—…";
        CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("D")).year(2007).title(text).build();
        String html = Render.html(plan, language);
        assertTrue(html.contains("<h1>" + text + "</h1>") || html.contains("<h1 lang=\"da\">" + text + "</h1>"), html);
    }
}
