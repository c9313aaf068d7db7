/**
 * The exporter test kit: the exporter contract as reusable tests, and jqwik arbitraries for plans.
 * Plugin authors add {@code exporter-testkit} as a test dependency.
 */
module dk.samarbejdsplan.export.testkit {
    requires transitive dk.samarbejdsplan.export;
    requires transitive net.jqwik.api;
    requires transitive org.junit.jupiter.api;

    exports dk.samarbejdsplan.export.testkit;
}
