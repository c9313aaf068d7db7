package dk.samarbejdsplan.validation.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.EndedForum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.diff.PlanDiff;
import dk.samarbejdsplan.model.history.PlanHistory;
import dk.samarbejdsplan.model.history.PlanHistoryReader;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import dk.samarbejdsplan.validation.Finding;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example history {@code examples/plans/} (2007 and the invented 2008): no error, exactly the warnings listed in
 * RULES.md, and the changes the 2008 plan's opening comment promises.
 */
class ExampleHistoryTest {
    private static PlanHistory history;
    private static PlanDocument plan2007;
    private static PlanDocument plan2008;

    @BeforeAll
    static void read() throws Exception {
        history = PlanHistoryReader.create().read(Path.of("..", "examples", "plans"));
        plan2007 = history.current(2007).orElseThrow();
        plan2008 = history.current(2008).orElseThrow();
    }

    @Test
    void theHistoryIsTheTwoYearsEachWithOneAdoptedEdition() {
        assertEquals(List.of(2007, 2008), history.years());
        assertEquals(2, history.documents().size());
        assertTrue(plan2008.source().endsWith("samarbejdsplan-2008.yaml"), plan2008.source());
        assertEquals(LocalDate.of(2008, 2, 28), plan2008.plan().discussedInDistrictCouncil().orElseThrow());
    }

    @Test
    void acrossTheYearsTheOnlyFindingIsTheSentenceLeftAsCopied() {
        ValidationReport report = HistoryValidator.create().validate(history);
        assertFalse(report.hasErrors(), () -> report.format(Language.EN));
        assertEquals(1, report.findings().size(), () -> report.format(Language.EN));
        Finding f = report.findings().get(0);
        assertEquals("VAL-507", f.code());
        assertEquals("sections[1].paragraphs[2]", f.path());
        assertTrue(f.location().orElseThrow().source().endsWith("samarbejdsplan-2008.yaml"));
        assertEquals("Afsnit 2 \"Opfølgning\": teksten \"samarbejdsplanen for 2007\" nævner stadig 2007, året for den"
                + " forrige plan, men denne plan gælder for 2008 — er den kopieret fra sidste år? Ret den.",
                f.messageDa());
    }

    @Test
    void the2008PlanOnItsOwnHasNoFinding() {
        ValidationReport report = PlanValidator.create().validate(plan2008);
        assertEquals(List.of(), report.findings(), () -> report.format(Language.EN));
    }

    @Test
    void the2008PlanHasTheChangesItsCommentPromises() {
        PlanDiff diff = PlanDiff.between(plan2007.plan(), plan2008.plan());
        List<PlanDiff.ForumChange> forums = diff.forums();
        assertEquals(List.of("nattelivsforum"), ids(forums, PlanDiff.Kind.ADDED));
        assertEquals(List.of("statens-lufthavnsvaesen"), ids(forums, PlanDiff.Kind.REMOVED));
        assertEquals(List.of("beboermoeder"), forums.stream().filter(PlanDiff.ForumChange::moved)
                .map(PlanDiff.ForumChange::forumId).toList());
        assertTrue(forums.stream().anyMatch(f -> f.forumId().equals("kontaktudvalget") && f.changes().stream()
                .anyMatch(c -> c.field().equals("name") && c.newValue().orElseThrow().equals(
                        "Kontaktudvalget for kredsrådet"))), forums.toString());
        long withTermsOrGoals = plan2008.plan().forums()
                .filter(f -> f.termsOfReference().isPresent() || !f.goals().isEmpty()).count();
        assertTrue(withTermsOrGoals >= 4, "terms of reference or goals for a few forums: " + withTermsOrGoals);
        assertEquals(List.of("statens-lufthavnsvaesen"),
                plan2008.plan().endedForums().stream().map(EndedForum::id).toList());
        assertTrue(plan2008.plan().forums().flatMap(f -> f.localUnits().stream())
                .flatMap(u -> u.meetings().stream()).allMatch(m -> m.date().getYear() == 2008));
    }

    @Test
    void nextYearsDraftOfThe2007PlanIsFlaggedAtEveryTextStillNaming2007() throws Exception {
        CooperationPlan draft = plan2007.plan().nextYear(2008);
        PlanDocument written = PlanReader.create().read(PlanWriter.yaml().toString(draft), "draft.yaml",
                PlanFormat.YAML);
        ValidationReport report = HistoryValidator.create().validate(written, List.of(plan2007));
        assertEquals(List.of("sections[0].paragraphs[6]", "sections[1].paragraphs[2]",
                "categories[0].forums[2].actionPlan", "categories[0].forums[2].notes[0]",
                "categories[0].forums[2].notes[1]"), report.findings().stream().map(Finding::path).toList(),
                () -> report.format(Language.EN));
        assertTrue(report.findings().stream().allMatch(f -> f.code().equals("VAL-507")
                && f.location().orElseThrow().source().equals("draft.yaml")));
    }

    private static List<String> ids(List<PlanDiff.ForumChange> forums, PlanDiff.Kind kind) {
        return forums.stream().filter(f -> f.kind() == kind).map(PlanDiff.ForumChange::forumId).toList();
    }
}
