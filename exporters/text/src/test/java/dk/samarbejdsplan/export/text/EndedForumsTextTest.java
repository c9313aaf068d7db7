package dk.samarbejdsplan.export.text;

import static dk.samarbejdsplan.export.text.TextExpectations.export;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import org.junit.jupiter.api.Test;

/** Forums the plan records as ended (issue 12) are in the text after the annex, each with its reason. */
class EndedForumsTextTest {
    private static final CooperationPlan PLAN = SamplePlans.plan2007().toBuilder()
            .endedForum("statens-lufthavnsvaesen", "Lufthavnen er lukket.").build();

    @Test
    void danish() throws Exception {
        String text = export(PLAN, ExportOptions.defaults());
        assertTrue(text.contains("\nNedlagte fora siden sidste års plan\n"), text);
        assertTrue(text.contains("\nNedlagt forum: statens-lufthavnsvaesen: Lufthavnen er lukket.\n"), text);
    }

    @Test
    void english() throws Exception {
        String text = export(PLAN, ExportOptions.builder().language(Language.EN).build());
        assertTrue(text.contains("\nForums ended since last year's plan\n"), text);
        assertTrue(text.contains("\nEnded forum: statens-lufthavnsvaesen: Lufthavnen er lukket.\n"), text);
    }

    @Test
    void noneWithoutEndedForums() throws Exception {
        assertFalse(export(SamplePlans.plan2007(), ExportOptions.defaults()).contains("Nedlagt"));
    }
}
