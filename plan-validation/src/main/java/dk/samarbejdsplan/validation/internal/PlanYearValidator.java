package dk.samarbejdsplan.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;

/** Checks {@link PlanYear}: {@link Rule#YEAR_MISSING}, {@link Rule#YEAR_TOO_EARLY}, {@link Rule#YEAR_TOO_FAR_AHEAD}. */
public final class PlanYearValidator implements ConstraintValidator<PlanYear, Integer> {

    /** The first year of a samarbejdsplan. */
    public static final int FIRST_YEAR = 2007;

    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int year = value;
        if (year == 0) {
            Violations.report(context, Rule.YEAR_MISSING, Params.of()).addConstraintViolation();
            return false;
        }
        if (year < FIRST_YEAR) {
            Violations.report(context, Rule.YEAR_TOO_EARLY, Params.of("year", year)).addConstraintViolation();
            return false;
        }
        int currentYear = Year.now(context.getClockProvider().getClock()).getValue();
        if (year > currentYear + 1) {
            Violations.report(context, Rule.YEAR_TOO_FAR_AHEAD,
                    Params.of("year", year, "currentYear", currentYear, "maxYear", currentYear + 1))
                    .addConstraintViolation();
            return false;
        }
        return true;
    }
}
