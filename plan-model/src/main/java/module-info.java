/**
 * The domain model of the annual cooperation plan (<i>samarbejdsplan</i>, retsplejelovens § 113) and its
 * file format (YAML for people, JSON for systems).
 *
 * <p>{@link dk.samarbejdsplan.model.CooperationPlan} is the root of the model; {@code dk.samarbejdsplan.model.io}
 * reads and writes plan files.
 */
module dk.samarbejdsplan.model {
    requires tools.jackson.core;
    requires tools.jackson.dataformat.yaml;
    // the YAML reader inspects SnakeYAML Engine events (anchors, aliases, tags) and configures its limits
    requires org.snakeyaml.engine;

    exports dk.samarbejdsplan.model;
    exports dk.samarbejdsplan.model.io;
    exports dk.samarbejdsplan.model.diff;
    exports dk.samarbejdsplan.model.history;
    exports dk.samarbejdsplan.model.io.internal to dk.samarbejdsplan.export; // Suggestions.distance, one edit distance

    // opens nothing: the model names no consumer; validation reads the records through their public accessors
}
