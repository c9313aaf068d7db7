package dk.samarbejdsplan.export.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanValuesTest {

    private static CooperationPlan plan() {
        Forum bare = Forum.builder().id("bare").name("Bart forum").topic("Intet valgfrit")
                .frequency(MeetingFrequency.parse("Ad hoc")).build();
        Forum lokalraad = Forum.builder().id("lokalraad").name("Lokalråd").topic("Emne")
                .representatives(List.of("A", "B")).frequency(MeetingFrequency.parse("Min. 4 (2 i 2007)"))
                .localUnits(List.of(
                        new LocalUnit(new Municipality("253", "Greve"), List.of(new Meeting(LocalDate.of(2007, 10, 26),
                                Optional.empty())), Optional.empty()),
                        new LocalUnit(new Municipality("350", "Lejre"), List.of(), Optional.of("Lejres plan"))))
                .build();
        return CooperationPlan.builder().district(PoliceDistrict.of("Politi")).year(2007)
                .categories(List.of(new Category("c", 1, "Kategori", List.of(bare, lokalraad)))).build();
    }

    @Test
    void listsEveryLeafWithItsPath() {
        Map<String, Object> leaves = PlanValues.of(plan()).stream()
                .filter(v -> v.kind() == PlanValues.Kind.VALUE)
                .collect(Collectors.toMap(PlanValues.Value::path, PlanValues.Value::value));
        assertEquals("Politi", leaves.get("district.name"));
        assertEquals(2007, leaves.get("year"));
        assertEquals("Kategori", leaves.get("categories[0].title"));
        assertEquals("B", leaves.get("categories[0].forums[1].representatives[1]"));
        assertEquals(4, leaves.get("categories[0].forums[1].frequency.count"));
        assertEquals(2, leaves.get("categories[0].forums[1].frequency.yearCount.count"));
        assertEquals(LocalDate.of(2007, 10, 26), leaves.get("categories[0].forums[1].localUnits[0].meetings[0].date"));
        // the unit without meetings: its municipality, its action plan, and its empty list of meetings
        assertEquals("350", leaves.get("categories[0].forums[1].localUnits[1].municipality.code"));
        assertEquals("Lejre", leaves.get("categories[0].forums[1].localUnits[1].municipality.name"));
        assertEquals("Lejres plan", leaves.get("categories[0].forums[1].localUnits[1].actionPlan"));
    }

    @Test
    void listsWhatIsAbsentAndRecordsWithoutComponents() {
        List<String> empty = PlanValues.of(plan()).stream().filter(v -> v.kind() == PlanValues.Kind.EMPTY)
                .map(PlanValues.Value::path).toList();
        assertTrue(empty.contains("categories[0].forums[1].localUnits[1].meetings"), empty::toString);
        for (String field : List.of("representatives", "termsOfReference", "goals", "actionPlan", "interfaces",
                "notes", "localUnits")) {
            assertTrue(empty.contains("categories[0].forums[0]." + field), field);
        }
        assertTrue(empty.contains("sections"));
        assertTrue(empty.contains("categories[0].forums[1].localUnits[0].meetings[0].status"));
        assertTrue(PlanValues.of(plan()).stream().anyMatch(v -> v.kind() == PlanValues.Kind.NODE
                && v.path().equals("categories[0].forums[0].frequency")
                && v.value() instanceof MeetingFrequency.AsNeeded));
        assertEquals(List.of("categories[0].forums[1].localUnits[0].meetings[0].date"),
                PlanValues.leaves(plan(), LocalDate.class).stream().map(PlanValues.Value::path).toList());
    }

    @Test
    void everyComponentOfEveryRecordIsVisited() {
        // each record node is followed by an entry for each of its components (a value, a node or an empty)
        List<PlanValues.Value> walk = PlanValues.of(plan());
        for (PlanValues.Value node : walk) {
            if (node.kind() != PlanValues.Kind.NODE) {
                continue;
            }
            for (var component : node.value().getClass().getRecordComponents()) {
                String path = node.path().isEmpty() ? component.getName() : node.path() + "." + component.getName();
                assertTrue(walk.stream().anyMatch(v -> v.path().equals(path) || v.path().startsWith(path + "[")),
                        path);
            }
        }
    }

    @Test
    void anUnknownKindOfValueFailsLoudly() {
        record Odd(StringBuilder text) {
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PlanValues.of(new Odd(new StringBuilder("x"))));
        assertTrue(e.getMessage().contains("text") && e.getMessage().contains("StringBuilder"), e.getMessage());
    }
}
