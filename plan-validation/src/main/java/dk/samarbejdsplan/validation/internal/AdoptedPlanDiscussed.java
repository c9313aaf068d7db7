package dk.samarbejdsplan.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An adopted plan says when the kredsråd discussed it (retsplejelovens § 113: the plan is drawn up after
 * discussion in the kredsråd). A warning, not an error: the date is information for the reader, and older
 * plans may not record it.
 */
@Documented
@Constraint(validatedBy = AdoptedPlanDiscussedValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AdoptedPlanDiscussed {
    /** @return the message template */
    String message() default "{VAL-009}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
