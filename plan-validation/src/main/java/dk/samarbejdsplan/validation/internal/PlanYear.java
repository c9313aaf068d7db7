package dk.samarbejdsplan.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The year of a plan: given (not 0), 2007 or later (the first year of plans under retsplejelovens § 113 as
 * it reads since the police reform of 2007) and at most one year after the current year, which is taken from
 * the validator's {@code ClockProvider}.
 */
@Documented
@Constraint(validatedBy = PlanYearValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface PlanYear {
    /** @return the message template (the validator reports the precise rule) */
    String message() default "{VAL-004}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
