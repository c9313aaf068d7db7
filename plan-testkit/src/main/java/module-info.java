/**
 * The plan test kit: jqwik arbitraries for plans ({@code PlanArbitraries}), the 2007 plan and a Unicode probe
 * ({@code SamplePlans}), large deterministic plans ({@code SyntheticPlans}) and plans built by hand for edge cases
 * ({@code HandBuiltPlans}). Below both plan-validation's tests and the exporter test kit, which re-exports it.
 */
module dk.samarbejdsplan.model.testkit {
    requires transitive dk.samarbejdsplan.model;
    requires transitive net.jqwik.api;

    exports dk.samarbejdsplan.model.testkit;
}
