/**
 * JMH benchmarks of the exporters, the plan reader and the validator against a streaming Jackson JSON
 * baseline. Built into the shaded {@code benchmarks.jar}, which runs on the class path (JMH forks its JVMs
 * with the jar as class path); this descriptor keeps the module's dependencies explicit and checked.
 */
module dk.samarbejdsplan.benchmarks {
    requires dk.samarbejdsplan.model;
    requires dk.samarbejdsplan.validation;
    requires dk.samarbejdsplan.export;
    requires dk.samarbejdsplan.export.testkit;
    requires tools.jackson.core;
    requires jmh.core;
    requires java.management;
    requires jdk.management;
    requires jdk.jfr;

    uses dk.samarbejdsplan.export.PlanExporter;

    // JMH's generated code and runner reach the benchmark classes reflectively
    opens dk.samarbejdsplan.benchmarks to jmh.core;
    opens dk.samarbejdsplan.benchmarks.jmh_generated to jmh.core;
    exports dk.samarbejdsplan.benchmarks.jmh_generated to jmh.core;
}
