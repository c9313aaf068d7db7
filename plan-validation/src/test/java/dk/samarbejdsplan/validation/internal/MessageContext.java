package dk.samarbejdsplan.validation.internal;

import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * The context in which {@link PlanMessageInterpolator} writes one message: only the message parameters
 * (already written in the message's language and escaped). There is no constraint descriptor, validated
 * value or path: the messages use none of them, and plan-wide findings have none.
 *
 * @param messageParameters the parameters, by name
 */
record MessageContext(Map<String, Object> messageParameters) implements HibernateMessageInterpolatorContext {

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
        return null;
    }

    @Override
    public Object getValidatedValue() {
        return null;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new jakarta.validation.ValidationException("cannot unwrap to " + type.getName());
    }

    @Override
    public Class<?> getRootBeanType() {
        return dk.samarbejdsplan.model.CooperationPlan.class;
    }

    @Override
    public Map<String, Object> getMessageParameters() {
        return messageParameters;
    }

    @Override
    public Map<String, Object> getExpressionVariables() {
        return Map.of();
    }

    @Override
    public Path getPropertyPath() {
        return null;
    }

    @Override
    public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
        return ExpressionLanguageFeatureLevel.NONE;
    }
}
