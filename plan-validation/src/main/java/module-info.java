/**
 * The validation of a cooperation plan (<i>samarbejdsplan</i>): Jakarta Bean Validation through Hibernate
 * Validator, with programmatic constraint mappings (the model carries no annotations), custom class-level
 * constraints and plan-wide checks. Every finding has a stable code, a severity, the path of the element and
 * its message in Danish and English.
 *
 * <p>Use {@link dk.samarbejdsplan.validation.PlanValidator}. The package
 * {@code dk.samarbejdsplan.validation.internal} is not part of the API.
 */
module dk.samarbejdsplan.validation {
    requires transitive dk.samarbejdsplan.model;
    requires jakarta.validation;
    requires java.logging;
    requires org.hibernate.validator;

    exports dk.samarbejdsplan.validation;
    exports dk.samarbejdsplan.validation.history;

    // Hibernate Validator instantiates the constraint validators and reads the constraint annotations
    opens dk.samarbejdsplan.validation.internal to org.hibernate.validator;
}
