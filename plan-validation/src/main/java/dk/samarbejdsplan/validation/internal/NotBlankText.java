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
 * A text that is not blank: it has a visible character ({@link dk.samarbejdsplan.model.PlanText#isBlank}, which
 * counts spaces of every kind, also no-break spaces, line breaks, zero-width and other invisible characters as
 * blank; {@code @NotBlank} only trims characters up to U+0020, and {@link String#isBlank()} takes a no-break
 * space or a zero-width space for visible). {@code null} is valid: the model never holds {@code null} in a required text, and an empty
 * {@code Optional} (a text left out) reaches the constraint as {@code null}.
 */
@Documented
@Constraint(validatedBy = NotBlankTextValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface NotBlankText {
    /** @return the message template, naming the rule */
    String message();

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
