package dk.samarbejdsplan.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.io.PlanDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PlanHistory}: order, years, editions and which edition is current. */
class PlanHistoryTest {
    private static CooperationPlan plan(int year, int edition, PlanStatus status) {
        return CooperationPlan.builder().district(PoliceDistrict.of("D", "1467")).year(year).edition(edition)
                .status(status).build();
    }

    private static List<String> describe(List<PlanDocument> documents) {
        return documents.stream().map(d -> d.plan().year() + "/" + d.plan().edition()).toList();
    }

    private static String describe(Optional<PlanDocument> document) {
        return document.map(d -> d.plan().year() + "/" + d.plan().edition()).orElse("none");
    }

    @Test
    void plansAreOrderedByYearAndEdition() {
        PlanHistory history = PlanHistory.ofPlans(List.of(plan(2009, 1, PlanStatus.DRAFT),
                plan(2007, 2, PlanStatus.ADOPTED), plan(2008, 1, PlanStatus.ADOPTED), plan(2007, 1, PlanStatus.ADOPTED)));
        assertEquals(List.of("2007/1", "2007/2", "2008/1", "2009/1"), describe(history.documents()));
        assertEquals(List.of(2007, 2008, 2009), history.years());
        assertEquals(List.of("2007/1", "2007/2"), describe(history.editions(2007)));
        assertEquals(List.of(), history.editions(2010));
    }

    @Test
    void theNewestAdoptedEditionIsCurrent() {
        PlanHistory history = PlanHistory.ofPlans(List.of(plan(2007, 1, PlanStatus.ADOPTED),
                plan(2007, 2, PlanStatus.ADOPTED)));
        assertEquals("2007/2", describe(history.current(2007)));
        assertEquals(List.of("2007/1"), describe(history.superseded(2007)));
    }

    @Test
    void aDraftNeverReplacesAnAdoptedEdition() {
        PlanHistory history = PlanHistory.ofPlans(List.of(plan(2007, 1, PlanStatus.ADOPTED),
                plan(2007, 2, PlanStatus.ADOPTED), plan(2007, 3, PlanStatus.DRAFT)));
        assertEquals("2007/2", describe(history.current(2007)));
        assertEquals(List.of("2007/1", "2007/3"), describe(history.superseded(2007)));
    }

    @Test
    void aYearOfDraftsOnlyHasItsNewestDraftAsCurrent() {
        PlanHistory history = PlanHistory.ofPlans(List.of(plan(2008, 2, PlanStatus.DRAFT),
                plan(2008, 1, PlanStatus.DRAFT)));
        assertEquals("2008/2", describe(history.current(2008)));
        assertEquals("none", describe(history.current(2007)));
    }

    @Test
    void previousIsTheCurrentEditionOfTheNearestEarlierYear() {
        PlanHistory history = PlanHistory.ofPlans(List.of(plan(2007, 1, PlanStatus.ADOPTED),
                plan(2007, 2, PlanStatus.ADOPTED), plan(2009, 1, PlanStatus.DRAFT)));
        assertEquals("none", describe(history.previous(2007)));
        assertEquals("2007/2", describe(history.previous(2009)), "2008 is missing: the plan before it");
        assertEquals("2009/1", describe(history.latest()));
        assertTrue(PlanHistory.ofPlans(List.of()).latest().isEmpty());
    }
}
