package dk.samarbejdsplan.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A meeting frequency that makes sense: every count between 1 and 366 (also a year-specific count), and a
 * range's least number not above its greatest.
 */
@Documented
@Constraint(validatedBy = FrequencyValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface WellFormedFrequency {
    /** @return the message template (the validator reports the precise rule) */
    String message() default "{VAL-301}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
