package dk.samarbejdsplan.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A stable id: lowercase letters a–z and digits, in groups joined by single hyphens
 * ({@code [a-z0-9]+(-[a-z0-9]+)*}). A blank value is left to {@code @NotBlank}. The message names the rule
 * (category or forum id) and gets the id and a suggested id as parameters.
 */
@Documented
@Constraint(validatedBy = SlugValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Slug {
    /** @return the message template, naming the rule: {@code {VAL-102}} or {@code {VAL-202}} */
    String message() default "{VAL-202}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** @return the id to suggest when nothing usable can be made of the given one */
    String example() default "kontaktudvalget";
}
