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

    exports dk.samarbejdsplan.model;
    exports dk.samarbejdsplan.model.io;

    // Bean Validation (plan-validation) reads the record fields reflectively
    opens dk.samarbejdsplan.model to org.hibernate.validator;
}
