package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Forums the plan records as ended (issue 12) are shown in the annex with their reason, as the plan words it. */
class EndedForumsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyEndedForumIsShownWithItsReasonAndThePageStaysValid(Language language) throws Exception {
        CooperationPlan plan = TestPlans.plan2007().toBuilder()
                .endedForum("statens-lufthavnsvaesen", "Lufthavnen er lukket <ved> årsskiftet & flyttet.")
                .endedForum("beboermoeder", "Slået sammen med lokalrådene.")
                .build();
        String html = Render.html(plan, language);
        Document page = Jsoup.parse(html);
        Element section = page.selectFirst("section.ended-forums");
        assertNotNull(section, "the ended forums' section");
        assertEquals(List.of("statens-lufthavnsvaesen: Lufthavnen er lukket <ved> årsskiftet & flyttet.",
                "beboermoeder: Slået sammen med lokalrådene."), section.select("li").eachText());
        assertEquals(language == Language.DA ? "Nedlagte fora" : "Ended forums", section.selectFirst("h3").text());
        List<NuChecker.Message> errors = NuChecker.check(html).stream()
                .filter(m -> !m.type().equals("warning")).toList();
        assertEquals(List.of(), errors, "the Nu checker's errors");
    }

    @Test
    void aPlanWithNoEndedForumShowsNoSection() {
        assertNull(Jsoup.parse(Render.html(TestPlans.plan2007(), Language.DA)).selectFirst("section.ended-forums"));
    }
}
