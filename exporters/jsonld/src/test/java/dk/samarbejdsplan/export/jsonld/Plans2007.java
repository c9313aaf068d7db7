package dk.samarbejdsplan.export.jsonld;

import dk.samarbejdsplan.export.testkit.SamplePlans;
import dk.samarbejdsplan.model.CooperationPlan;

/** The 2007 plan for the tests: the test kit's copy of {@code examples/plans/samarbejdsplan-2007.yaml}. */
final class Plans2007 {
    private Plans2007() {
    }

    static CooperationPlan plan() {
        return SamplePlans.plan2007();
    }
}
