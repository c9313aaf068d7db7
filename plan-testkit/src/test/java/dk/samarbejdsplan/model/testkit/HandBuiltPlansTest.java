package dk.samarbejdsplan.model.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hand-built plans are what their Javadoc promises, and the excerpt agrees with the bundled 2007 plan. */
class HandBuiltPlansTest {

    @Test
    void theExcerptHasTheDocumentedShape() {
        CooperationPlan plan = HandBuiltPlans.excerpt2007();
        assertEquals("Midt- og Vestsjællands Politi", plan.district().name());
        assertEquals(Optional.of("1467"), plan.district().code());
        assertEquals(2007, plan.year());
        assertEquals(PlanStatus.ADOPTED, plan.status());
        assertTrue(plan.subtitle().isPresent());
        assertEquals(List.of("Indledning"), plan.sections().stream().map(Section::title).toList());
        assertEquals(List.of("kontakt-med-lokalsamfundet", "beredskab", "trafiksikkerhed"),
                plan.categories().stream().map(Category::id).toList());
        assertEquals(List.of(1, 2, 3), plan.categories().stream().map(Category::number).toList());
        assertEquals(List.of("kredsraadet", "lokalraadene", "beredskabsstaben-strategisk", "region-sjaelland",
                "statusmoeder", "trafiksikkerhedsudvalg"), plan.forums().map(Forum::id).toList());
        assertEquals(List.of("Min. 4", "Min. 4 (2 i 2007)", "Ad hoc", "2-3", "52", "Besluttet lokalt"),
                plan.forums().map(f -> f.frequency().format()).toList(), "one forum for every kind of frequency");
        assertEquals(List.of("lokalraadene"), plan.forum("kredsraadet").orElseThrow().interfaces());

        Forum lokalraad = plan.forum("lokalraadene").orElseThrow();
        assertEquals(2, lokalraad.actionPlan().orElseThrow().split("\n\n").length);
        List<LocalUnit> units = lokalraad.localUnits();
        assertEquals(List.of("253 Greve", "316 Holbæk"), units.stream()
                .map(u -> u.municipality().code() + " " + u.municipality().name()).toList());
        assertEquals(List.of(Meeting.on(LocalDate.of(2007, 10, 26)), Meeting.on(LocalDate.of(2007, 11, 14))),
                units.get(0).meetings());
        assertEquals(List.of(Optional.of(MeetingStatus.HELD), Optional.of(MeetingStatus.PLANNED)),
                units.get(1).meetings().stream().map(Meeting::status).toList());
        assertEquals(Optional.empty(), units.get(0).actionPlan());
        assertTrue(units.get(1).actionPlan().isPresent());
        assertEquals(HandBuiltPlans.excerpt2007(), plan, "the same plan every time");
    }

    @Test
    void theExcerptAgreesWithTheBundled2007Plan() {
        CooperationPlan excerpt = HandBuiltPlans.excerpt2007();
        CooperationPlan full = SamplePlans.plan2007();
        assertEquals(full.district(), excerpt.district());
        for (String id : List.of("kredsraadet", "lokalraadene", "beredskabsstaben-strategisk")) {
            Forum mine = excerpt.forum(id).orElseThrow();
            Forum theirs = full.forum(id).orElseThrow();
            assertEquals(theirs.name(), mine.name(), id);
            assertEquals(theirs.frequency(), mine.frequency(), id);
            assertEquals(full.categoryOf(id).orElseThrow().title(), excerpt.categoryOf(id).orElseThrow().title(), id);
        }
        List<LocalUnit> fullUnits = full.forum("lokalraadene").orElseThrow().localUnits();
        for (LocalUnit unit : excerpt.forum("lokalraadene").orElseThrow().localUnits()) {
            LocalUnit same = fullUnits.stream().filter(u -> u.municipality().equals(unit.municipality()))
                    .findFirst().orElseThrow(() -> new AssertionError(unit.municipality() + " in the 2007 plan"));
            assertEquals(same.meetings().stream().map(Meeting::date).toList(),
                    unit.meetings().stream().map(Meeting::date).toList(), unit.municipality().name());
        }
    }

    @Test
    void theHostilePlanHasOneForumForEveryHostileText() {
        CooperationPlan plan = HandBuiltPlans.hostile();
        List<String> h = HandBuiltPlans.HOSTILE;
        List<Forum> forums = plan.forums().toList();
        assertEquals(h.size(), forums.size());
        assertEquals("=cmd|' /C calc'!A0", plan.district().name());
        assertEquals(List.of("hostile", "more"), plan.categories().stream().map(Category::id).toList());
        assertEquals(List.of("=HYPERLINK(\"x\")", "-2"), plan.categories().stream().map(Category::title).toList());
        assertEquals(10, plan.categories().get(0).forums().size());
        for (int i = 0; i < h.size(); i++) {
            Forum f = forums.get(i);
            assertEquals("f" + i, f.id());
            assertEquals(h.get(i), f.name());
            assertEquals(h.get((i + 1) % h.size()), f.topic());
            assertEquals(List.of(h.get(i), h.get((i + 2) % h.size())), f.representatives());
            assertEquals(Optional.of(h.get(i)), f.termsOfReference());
            assertEquals(List.of(h.get(i)), f.goals());
            assertEquals(Optional.of(h.get((i + 3) % h.size())), f.actionPlan());
            assertEquals(List.of("f" + (i + 1) % h.size()), f.interfaces());
            assertEquals(List.of(h.get(i), h.get(i)), f.notes());
            assertEquals(i % 2 == 0 ? "Min. 4" : "Ad hoc", f.frequency().format());
            LocalUnit unit = f.localUnits().get(0);
            assertEquals(i % 3 == 0 ? "-12" : "253", unit.municipality().code());
            assertEquals(h.get(i), unit.municipality().name());
            assertEquals(List.of(LocalDate.of(2007, 1 + i % 12, 1)),
                    unit.meetings().stream().map(Meeting::date).toList());
        }
        assertTrue(h.stream().anyMatch(s -> s.startsWith("=")) && h.stream().anyMatch(s -> s.contains("\r\n"))
                && h.stream().anyMatch(s -> s.contains("\"")) && h.contains("æøå ÆØÅ"), "the documented kinds");
    }
}
