package dk.samarbejdsplan.export.jsonld;

import dk.samarbejdsplan.model.CooperationPlan;

/** The 2007 plan for the tests. */
final class Plans2007 {
    private Plans2007() {
    }

    static CooperationPlan plan() {
        return HandBuiltPlans.part2007();
    }
}
