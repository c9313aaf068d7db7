package dk.samarbejdsplan.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.diff.PlanDiff.FieldChange;
import dk.samarbejdsplan.model.diff.PlanDiff.ForumChange;
import dk.samarbejdsplan.model.diff.PlanDiff.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanDiffTest {
    private static Forum forum(String id, String frequency) {
        return Forum.builder().id(id).name("Forum " + id).topic("Emne " + id).representative("Politidirektøren")
                .frequency(frequency).build();
    }

    private static CooperationPlan plan(int year, List<Category> categories) {
        return CooperationPlan.builder().district(PoliceDistrict.of("Kreds")).year(year).categories(categories)
                .build();
    }

    private final Forum lokalraad = forum("lokalraad", "Min. 4 (2 i 2007)").toBuilder()
            .localUnit(LocalUnit.of(new Municipality("253", "Greve"), List.of(Meeting.on(LocalDate.of(2007, 10, 26)))))
            .build();
    private final CooperationPlan old = plan(2007, List.of(
            Category.of("a", 1, "A", List.of(forum("a1", "4"), lokalraad)),
            Category.of("b", 2, "B", List.of(forum("b1", "Ad hoc"), forum("b2", "2")))));

    @Test
    void samePlanHasNoChanges() {
        assertTrue(PlanDiff.between(old, old).isEmpty());
    }

    @Test
    void findsAddedRemovedMovedAndChangedForumsById() {
        CooperationPlan next = plan(2008, List.of(
                Category.of("a", 1, "A", List.of(forum("a1", "Min. 4"), forum("b2", "2"), forum("new", "1"))),
                Category.of("b", 2, "B", List.of(lokalraad.toBuilder().localUnits(List.of()).build()))));
        PlanDiff diff = PlanDiff.between(old, next);

        assertEquals(List.of(new FieldChange("year", Optional.of("2007"), Optional.of("2008")),
                new FieldChange("title", Optional.of("Samarbejdsplan for 2007"), Optional.of("Samarbejdsplan for 2008"))),
                diff.planChanges());
        assertEquals(List.of("a1", "b2", "new", "lokalraad", "b1"),
                diff.forums().stream().map(ForumChange::forumId).toList());
        ForumChange a1 = diff.forums().get(0);
        assertEquals(Kind.CHANGED, a1.kind());
        assertEquals(List.of(new FieldChange("frequency", Optional.of("4"), Optional.of("Min. 4"))), a1.changes());
        assertFalse(a1.moved());

        ForumChange b2 = diff.forums().get(1);
        assertTrue(b2.moved());
        assertEquals(List.of(new FieldChange("category", Optional.of("2. B"), Optional.of("1. A"))), b2.changes());

        assertEquals(Kind.ADDED, diff.forums().get(2).kind());
        ForumChange lokal = diff.forums().get(3);
        assertTrue(lokal.moved());
        assertTrue(lokal.changes().contains(new FieldChange("localUnits[253].meetings", Optional.of("2007-10-26"),
                Optional.empty())), lokal.changes().toString());
        assertEquals(Kind.REMOVED, diff.forums().get(4).kind());
        assertEquals("Forum b1", diff.forums().get(4).name());
    }

    @Test
    void reportsSectionAndCategoryChanges() {
        CooperationPlan next = old.toBuilder()
                .section(dk.samarbejdsplan.model.Section.of("Indledning", "Ny tekst"))
                .categories(List.of(old.categories().get(0), Category.of("c", 2, "C", List.of())))
                .build();
        PlanDiff diff = PlanDiff.between(old, next);
        assertTrue(diff.planChanges().contains(new FieldChange("sections[0].title", Optional.empty(),
                Optional.of("Indledning"))));
        assertTrue(diff.planChanges().contains(new FieldChange("categories[c]", Optional.empty(), Optional.of("2. C"))));
        assertTrue(diff.planChanges().contains(new FieldChange("categories[b]", Optional.of("2. B"), Optional.empty())));
    }

    @Test
    void aRepeatedIdIsComparedInTheCategoryOfItsFirstForum() {
        CooperationPlan before = plan(2007, List.of(
                Category.of("a", 1, "A", List.of(forum("x", "4"))),
                Category.of("b", 2, "B", List.of(forum("x", "2")))));
        CooperationPlan after = plan(2007, List.of(
                Category.of("a", 1, "A", List.of(forum("y", "4"))),
                Category.of("b", 2, "B", List.of(forum("x", "4"), forum("y", "1")))));
        PlanDiff diff = PlanDiff.between(before, after);
        ForumChange x = diff.forums().stream().filter(f -> f.forumId().equals("x")).findFirst().orElseThrow();
        assertEquals(List.of(new FieldChange("category", Optional.of("1. A"), Optional.of("2. B"))), x.changes());
        assertTrue(diff.forums().stream().anyMatch(f -> f.forumId().equals("y") && f.kind() == Kind.ADDED));
    }

    /**
     * Every forum of a large plan moved to another category: the diff finds each forum's category through
     * a map built once (looking it up in the plans, forum by forum, made this quadratic: minutes, not
     * milliseconds, for this plan).
     */
    @Test
    void everyForumOfALargePlanMoved() {
        int forums = 20_000;
        List<Forum> all = new java.util.ArrayList<>();
        for (int i = 0; i < forums; i++) {
            all.add(Forum.builder().id("f" + i).name("Forum").topic("Emne").representative("R").frequency("4")
                    .build());
        }
        CooperationPlan before = plan(2007, List.of(Category.of("a", 1, "A", all), Category.of("b", 2, "B",
                List.of())));
        CooperationPlan after = plan(2007, List.of(Category.of("a", 1, "A", List.of()), Category.of("b", 2, "B",
                all)));
        PlanDiff diff = PlanDiff.between(before, after);
        assertEquals(forums, diff.forums().size());
        assertTrue(diff.forums().stream().allMatch(ForumChange::moved));
        assertEquals("f19999", diff.forums().get(forums - 1).forumId());
    }
}
