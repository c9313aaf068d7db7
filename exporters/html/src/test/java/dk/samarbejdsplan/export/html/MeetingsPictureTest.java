package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The picture of the year's meetings (issue 13): inline SVG with an accessible name and description, a mark per
 * dated meeting on its day, the same meetings as text next to it, and no picture for a plan without meetings.
 */
class MeetingsPictureTest {

    private static Document parse(CooperationPlan plan, Language language) {
        return Jsoup.parse(Render.html(plan, language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the2007PlanHasAPictureOfItsThirteenMeetings(Language language) {
        Document doc = parse(TestPlans.plan2007(), language);
        Element svg = doc.selectFirst("section.meetings svg");
        assertNotNull(svg, "the picture");
        assertEquals("img", svg.attr("role"));
        assertEquals("100%", svg.attr("width"), "scales to the page's width");
        assertTrue(svg.attr("viewBox").matches("0 0 \\d+ \\d+"), svg.attr("viewBox"));
        Element title = doc.getElementById(svg.attr("aria-labelledby"));
        assertEquals("title", title.tagName());
        assertEquals(language == Language.DA ? "Møderne i 2007 pr. kommune, januar til december"
                : "The meetings in 2007 by municipality, January to December", title.text());
        Element desc = doc.getElementById(svg.attr("aria-describedby"));
        assertEquals("desc", desc.tagName());
        assertTrue(desc.text().startsWith(language == Language.DA ? "13 møder i 10 kommuner" : "13 meetings in 10 municipalities"),
                desc.text());
        assertEquals(12, svg.select("text.month").size());
        assertEquals(language == Language.DA ? "jan." : "Jan", svg.selectFirst("text.month").text());
        assertEquals(13, svg.select("circle.mark").size(), "a mark per meeting");
        assertEquals(10, svg.select("line.unit-line").size(), "a line per local unit");
        assertEquals(List.of("Lokalrådene i de enkelte kommuner"), svg.select("text.forum").eachText());
        assertEquals(0, doc.select("script").size());
        assertEquals(0, svg.select("[href], image, use, foreignObject").size(), "nothing fetched or linked from the SVG");

        // the same meetings as text right after the picture, with the municipality codes
        Element list = svg.nextElementSibling();
        assertEquals("meetings-list", list.className());
        assertEquals(13, list.select("time").size());
        Element greve = list.select("li li").get(0);
        assertEquals("253", greve.selectFirst("data").attr("value"));
        assertEquals(language == Language.DA ? "Greve: 26. oktober 2007 og 14. november 2007"
                : "Greve: 26 October 2007 and 14 November 2007", greve.text());
        assertEquals("#" + doc.select("section.forum-details h4").stream()
                .filter(h -> h.text().equals("Lokalrådene i de enkelte kommuner")).findFirst().orElseThrow().id(),
                list.selectFirst("a").attr("href"), "the forum links to its details");
        assertNotNull(doc.selectFirst("nav.toc a[href=#moeder]"), "the contents link to it");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachMarkSitsOnItsDayAndLine(Language language) {
        Document doc = parse(TestPlans.plan2007(), language);
        Element svg = doc.selectFirst("section.meetings svg");
        List<Element> months = svg.select("text.month");
        List<Element> lines = svg.select("line.unit-line");
        List<Element> units = svg.select("text.unit");
        assertEquals(lines.size(), units.size());
        // Greve (the first line): 26 October and 14 November
        List<Integer> greve = new ArrayList<>();
        for (Element mark : svg.select("circle.mark")) {
            if (mark.attr("cy").equals(lines.get(0).attr("y1"))) {
                greve.add(Integer.parseInt(mark.attr("cx")));
            }
        }
        assertEquals("Greve", units.get(0).text());
        assertEquals(2, greve.size());
        int octoberMiddle = Integer.parseInt(months.get(9).attr("x"));
        int novemberMiddle = Integer.parseInt(months.get(10).attr("x"));
        int monthWidth = novemberMiddle - octoberMiddle;
        assertTrue(greve.get(0) > octoberMiddle && greve.get(0) < octoberMiddle + monthWidth / 2, "26 October late in October");
        assertTrue(greve.get(1) > novemberMiddle - monthWidth / 2 && greve.get(1) < novemberMiddle, "14 November mid-November");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPlanWithoutDatedMeetingsHasNoPicture(Language language) {
        Document doc = parse(TestPlans.plan2007().nextYear(2008), language);
        assertEquals(0, doc.select("svg").size());
        assertEquals(0, doc.select("section.meetings").size());
        assertFalse(doc.select("nav.toc a").eachAttr("href").contains("#moeder"));
    }
}
