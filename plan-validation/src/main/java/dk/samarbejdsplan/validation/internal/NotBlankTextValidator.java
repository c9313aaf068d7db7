package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.PlanText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NotBlankText}. */
public final class NotBlankTextValidator implements ConstraintValidator<NotBlankText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || !PlanText.isBlank(value);
    }
}
