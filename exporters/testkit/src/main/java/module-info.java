/**
 * The exporter test kit: the exporter contract as reusable tests; the plans it runs on (jqwik arbitraries, the
 * 2007 plan) come from {@code dk.samarbejdsplan.model.testkit}, which it re-exports.
 * Plugin authors add {@code exporter-testkit} as a test dependency.
 */
module dk.samarbejdsplan.export.testkit {
    requires transitive dk.samarbejdsplan.export;
    requires transitive dk.samarbejdsplan.model.testkit;
    requires transitive net.jqwik.api;
    requires transitive org.junit.jupiter.api;

    exports dk.samarbejdsplan.export.testkit;
}
