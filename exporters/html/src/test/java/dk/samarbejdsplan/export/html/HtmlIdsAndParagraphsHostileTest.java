package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plan ids and line breaks that a valid plan may hold must not corrupt the page's structure. */
class HtmlIdsAndParagraphsHostileTest {

    private static Forum forum(String id, String name) {
        return Forum.builder().id(id).name(name).topic("Emne").representatives(List.of("Politidirektøren"))
                .frequency("Min. 4").notes(List.of("En bemærkning.")).build();
    }

    /** Two valid slugs, "kredsraadet" and "kredsraadet-mere": the first one's details id is the second one's row id. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void aForumIdEndingInMereDoesNotCollideWithAnotherForumsDetails(Language language) {
        CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("D")).year(2007)
                .category("kontakt", "Kontakt", List.of(forum("kredsraadet", "Kredsrådet"),
                        forum("kredsraadet-mere", "Kredsrådet, mere"))).build();
        Document doc = Jsoup.parse(Render.html(plan, language));
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        }
        // "Flere oplysninger om Kredsrådet" must lead to Kredsrådet's details, not to the other forum's row
        Element more = doc.select("th:containsOwn(Kredsrådet)").first().parent().selectFirst(".more-link a");
        Element target = doc.getElementById(more.attr("href").substring(1));
        assertEquals("h4", target.normalName());
        assertEquals("Kredsrådet", target.text());
    }

    /** A single line break is no paragraph break, whatever its kind: only a blank line is. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void aSingleCrlfIsNotAParagraphBreak(Language language) {
        for (String lineBreak : List.of("\n", "\r", "\r\n", "\u2028")) {
            CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("D")).year(2007)
                    .section(Section.of("Indledning", "linje et" + lineBreak + "linje to")).build();
            Document doc = Jsoup.parse(Render.html(plan, language));
            assertEquals(1, doc.select("section.narrative p").size(),
                    "one paragraph with the line break U+" + Integer.toHexString(lineBreak.charAt(0)) + " ("
                            + lineBreak.length() + " characters)");
        }
    }

    /** A blank line is a paragraph break, whatever kind its two line breaks are (and with spaces between). */
    @ParameterizedTest
    @EnumSource(Language.class)
    void aBlankLineIsAParagraphBreakWhateverItsLineBreaks(Language language) {
        for (String blankLine : List.of("\n\n", "\r\r", "\r\n\r\n", "\u2028\u2028", "\r\n \t\r\n", "\r\n\n")) {
            CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("D")).year(2007)
                    .section(Section.of("Indledning", "linje et" + blankLine + "linje to")).build();
            Document doc = Jsoup.parse(Render.html(plan, language));
            List<String> paragraphs = doc.select("section.narrative p").eachText();
            assertEquals(List.of("linje et", "linje to"), paragraphs, "two paragraphs with the blank line "
                    + blankLine.codePoints().mapToObj(c -> "U+" + Integer.toHexString(c)).toList());
        }
    }
}
