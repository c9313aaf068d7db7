package dk.samarbejdsplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.io.PlanReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link PlanIndex} gives what {@link CooperationPlan#forum} and {@link CooperationPlan#categoryOf} give. */
class PlanIndexTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "plans", "samarbejdsplan-2007.yaml");

    private static Forum forum(String id, String name) {
        return Forum.builder().id(id).name(name).topic("t").representative("r").frequency("4").build();
    }

    @Test
    void agreesWithThePlanForEveryForumOfThe2007Plan() throws Exception {
        CooperationPlan plan = PlanReader.create().read(EXAMPLE).plan();
        PlanIndex index = plan.index();
        assertSame(plan, index.plan());
        List<String> ids = plan.forums().map(Forum::id).toList();
        assertEquals(ids.size(), index.size());
        for (String id : ids) {
            assertEquals(plan.forum(id), index.forum(id), id);
            assertEquals(plan.categoryOf(id), index.categoryOf(id), id);
            assertTrue(index.contains(id), id);
        }
        assertEquals(Optional.empty(), index.forum("findes-ikke"));
        assertEquals(Optional.empty(), index.categoryOf("findes-ikke"));
        assertFalse(index.contains("findes-ikke"));
        assertEquals(Optional.empty(), index.forum("Kredsraadet"), "ids are case-sensitive");
    }

    @Test
    void aRepeatedIdGivesTheFirstForumAndItsCategory() {
        CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("D")).year(2007)
                .category("a", "A", List.of(forum("x", "first"), forum("y", "y")))
                .category("b", "B", List.of(forum("z", "z"), forum("x", "second")))
                .category("c", "C", List.of(forum("z", "third")))
                .build();
        PlanIndex index = PlanIndex.of(plan);
        assertEquals("first", index.forum("x").orElseThrow().name());
        assertEquals("a", index.categoryOf("x").orElseThrow().id());
        assertEquals("b", index.categoryOf("z").orElseThrow().id());
        assertEquals(plan.forum("x"), index.forum("x"));
        assertEquals(plan.categoryOf("z"), index.categoryOf("z"));
        assertEquals(3, index.size());
        assertThrows(NullPointerException.class, () -> PlanIndex.of(null));
    }

    @Property(tries = 200)
    void agreesWithThePlanForAnyIds(@ForAll("categories") List<List<String>> categories) {
        CooperationPlan.Builder builder = CooperationPlan.builder().district(PoliceDistrict.of("D")).year(2007);
        int n = 0;
        for (List<String> ids : categories) {
            List<Forum> forums = new ArrayList<>();
            for (String id : ids) {
                forums.add(forum(id, "forum " + n++));
            }
            builder.category("c" + n, "C", forums);
        }
        CooperationPlan plan = builder.build();
        PlanIndex index = plan.index();
        for (String id : List.of("a", "b", "c", "d", "e", "f", "missing")) {
            assertEquals(plan.forum(id), index.forum(id), id);
            assertEquals(plan.categoryOf(id), index.categoryOf(id), id);
        }
    }

    /** Up to 5 categories of up to 6 forums, with ids from a small set (so ids repeat). */
    @Provide
    Arbitrary<List<List<String>>> categories() {
        return Arbitraries.of("a", "b", "c", "d", "e", "f").list().ofMaxSize(6).list().ofMaxSize(5);
    }

    @Test
    void oneIndexServesSeveralThreadsAlike() throws Exception {
        CooperationPlan plan = PlanReader.create().read(EXAMPLE).plan();
        PlanIndex index = plan.index();
        List<String> ids = plan.forums().map(Forum::id).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> ids.stream()
                        .map(id -> index.categoryOf(id).orElseThrow().id() + "/" + index.forum(id).orElseThrow().name())
                        .toList()));
            }
            List<String> expected = ids.stream()
                    .map(id -> plan.categoryOf(id).orElseThrow().id() + "/" + plan.forum(id).orElseThrow().name())
                    .toList();
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
