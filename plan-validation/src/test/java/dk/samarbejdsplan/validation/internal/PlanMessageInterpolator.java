package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.Language;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Hibernate Validator's message interpolation (bundle look-up of {@code {VAL-206}}, then parameters such as
 * {@code {element}}) over our own bundles, and like {@code ParameterMessageInterpolator} with no Expression
 * Language: a {@code ${...}} term is never evaluated, it stays as text. Parameter values are escaped by the
 * caller ({@link org.hibernate.validator.messageinterpolation.MessageParameterEscaping#ESCAPE}), so user
 * data in a parameter (a forum named {@code ${'a'.toUpperCase()}} or {@code {x}}) appears verbatim.
 *
 * <p>Always called with an explicit locale ({@link Language#locale()}); thread-safe.
 *
 * <p>The library wrote its messages with this interpolator until {@link MessageTemplates} replaced it (the
 * same text at a fraction of the cost); it stays here as the reference {@code MessageTemplatesTest} compares
 * {@link MessageTemplates} with.
 */
final class PlanMessageInterpolator extends AbstractMessageInterpolator {

    /**
     * An interpolator over the given bundles.
     *
     * @param bundles the Danish and English bundles
     */
    public PlanMessageInterpolator(MessageBundles bundles) {
        super(bundles,
                locale -> null, // no contributor bundles: only ours (and Hibernate Validator's own) are read
                Set.of(Language.DA.locale(), Language.EN.locale()),
                Language.DA.locale(),
                context -> Language.DA.locale(),
                false);
    }

    /**
     * Resolves one term of a message: a parameter from the context's message parameters, else from the
     * constraint's attributes; an Expression Language term is returned unchanged.
     */
    @Override
    protected String interpolate(Context context, Locale locale, String term) {
        if (term.startsWith("$")) {
            return term; // Expression Language is never evaluated
        }
        String name = term.substring(1, term.length() - 1);
        if (context instanceof HibernateMessageInterpolatorContext hibernateContext) {
            Object value = hibernateContext.getMessageParameters().get(name);
            if (value != null) {
                return value.toString();
            }
        }
        ConstraintDescriptor<?> descriptor = context.getConstraintDescriptor();
        if (descriptor != null) {
            Object value = descriptor.getAttributes().get(name);
            if (value != null) {
                return value.toString();
            }
        }
        return term;
    }
}
