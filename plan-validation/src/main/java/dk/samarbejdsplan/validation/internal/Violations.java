package dk.samarbejdsplan.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;

/**
 * Helps the constraint validators report: each violation carries its rule's template ({@code {VAL-206}})
 * and its parameters as the dynamic payload ({@link Params}); no value is ever put into a template.
 */
final class Violations {

    private Violations() {
    }

    /**
     * Starts a violation of a rule.
     *
     * @param context the validator context (its default violation is switched off)
     * @param rule the rule
     * @param params the message parameters
     * @return the builder, to add nodes and then {@code addConstraintViolation()}
     */
    static HibernateConstraintViolationBuilder report(ConstraintValidatorContext context, Rule rule, Params params) {
        return report(context, rule.template(), params);
    }

    /**
     * Starts a violation with a template (the constraint's own message, which names its rule).
     *
     * @param context the validator context
     * @param template the message template, such as {@code {VAL-102}}
     * @param params the message parameters
     * @return the builder
     */
    static HibernateConstraintViolationBuilder report(ConstraintValidatorContext context, String template,
            Params params) {
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernateContext =
                context.unwrap(HibernateConstraintValidatorContext.class);
        hibernateContext.withDynamicPayload(params);
        return hibernateContext.buildConstraintViolationWithTemplate(template);
    }
}
