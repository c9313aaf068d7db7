package dk.samarbejdsplan.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A local unit's meetings are listed in date order, each date once, and none marked as held lies after
 * today (from the validator's {@code ClockProvider}). Whether they fall in the plan year is a plan-wide check.
 */
@Documented
@Constraint(validatedBy = ConsistentMeetingsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentMeetings {
    /** @return the message template (the validator reports the precise rule) */
    String message() default "{VAL-405}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
