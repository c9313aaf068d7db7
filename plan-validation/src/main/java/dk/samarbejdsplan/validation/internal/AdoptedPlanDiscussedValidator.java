package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.PlanStatus;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link AdoptedPlanDiscussed}: {@link Rule#ADOPTED_WITHOUT_COUNCIL_DATE}, reported on {@code status}
 * (the date is missing, so it has no line in the file; the status that makes the date expected has).
 */
public final class AdoptedPlanDiscussedValidator
        implements ConstraintValidator<AdoptedPlanDiscussed, CooperationPlan> {

    @Override
    public boolean isValid(CooperationPlan plan, ConstraintValidatorContext context) {
        if (plan == null || plan.status() != PlanStatus.ADOPTED || plan.discussedInDistrictCouncil().isPresent()) {
            return true;
        }
        Violations.report(context, Rule.ADOPTED_WITHOUT_COUNCIL_DATE, Params.of())
                .addPropertyNode("status")
                .addConstraintViolation();
        return false;
    }
}
