package dk.samarbejdsplan.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A forum's interfaces (<i>snitflader</i>) do not name the forum itself and name no forum twice. Whether they
 * name existing forums is a plan-wide check ({@link PlanChecks}).
 */
@Documented
@Constraint(validatedBy = ConsistentInterfacesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentInterfaces {
    /** @return the message template (the validator reports the precise rule) */
    String message() default "{VAL-210}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
