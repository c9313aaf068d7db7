package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.MeetingFrequency;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;

/** Checks {@link WellFormedFrequency}: {@link Rule#FREQUENCY_COUNT_RANGE}, {@link Rule#FREQUENCY_RANGE_ORDER}. */
public final class FrequencyValidator implements ConstraintValidator<WellFormedFrequency, MeetingFrequency> {

    /** The least count of meetings a year. */
    public static final int MIN_COUNT = 1;
    /** The greatest count of meetings a year (one a day in a leap year). */
    public static final int MAX_COUNT = 366;

    @Override
    public boolean isValid(MeetingFrequency frequency, ConstraintValidatorContext context) {
        if (frequency == null) {
            return true;
        }
        List<Integer> counts = new ArrayList<>();
        if (frequency instanceof MeetingFrequency.Exactly exactly) {
            counts.add(exactly.count());
        } else if (frequency instanceof MeetingFrequency.AtLeast atLeast) {
            counts.add(atLeast.count());
        } else if (frequency instanceof MeetingFrequency.Between between) {
            counts.add(between.min());
            counts.add(between.max());
        }
        frequency.yearCount().ifPresent(y -> counts.add(y.count()));
        boolean valid = true;
        for (int count : counts) {
            if (count < MIN_COUNT || count > MAX_COUNT) {
                Violations.report(context, Rule.FREQUENCY_COUNT_RANGE,
                        Params.of("frequency", frequency, "count", count)).addConstraintViolation();
                valid = false;
            }
        }
        if (frequency instanceof MeetingFrequency.Between between && between.min() > between.max()) {
            MeetingFrequency swapped = new MeetingFrequency.Between(between.max(), between.min(),
                    between.yearCount());
            Violations.report(context, Rule.FREQUENCY_RANGE_ORDER, Params.of("frequency", frequency,
                    "min", between.min(), "max", between.max(), "swapped", swapped)).addConstraintViolation();
            valid = false;
        }
        return valid;
    }
}
