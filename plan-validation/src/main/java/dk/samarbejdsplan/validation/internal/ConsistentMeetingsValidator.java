package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks {@link ConsistentMeetings}: {@link Rule#MEETING_DUPLICATE}, {@link Rule#MEETINGS_OUT_OF_ORDER},
 * {@link Rule#MEETING_HELD_IN_FUTURE}, each reported on the meeting ({@code meetings[i]}).
 */
public final class ConsistentMeetingsValidator implements ConstraintValidator<ConsistentMeetings, LocalUnit> {

    @Override
    public boolean isValid(LocalUnit unit, ConstraintValidatorContext context) {
        if (unit == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        boolean valid = true;
        List<Meeting> meetings = unit.meetings();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            LocalDate date = meeting.date();
            if (!seen.add(date)) {
                valid = report(context, Rule.MEETING_DUPLICATE, Params.of("date", date), i);
            } else if (i > 0 && date.isBefore(meetings.get(i - 1).date())) {
                valid = report(context, Rule.MEETINGS_OUT_OF_ORDER,
                        Params.of("date", date, "previous", meetings.get(i - 1).date()), i);
            }
            if (meeting.status().equals(Optional.of(MeetingStatus.HELD)) && date.isAfter(today)) {
                valid = report(context, Rule.MEETING_HELD_IN_FUTURE, Params.of("date", date, "today", today), i);
            }
        }
        return valid;
    }

    private static boolean report(ConstraintValidatorContext context, Rule rule, Params params, int index) {
        Violations.report(context, rule, params)
                .addPropertyNode("meetings")
                .addBeanNode().inIterable().atIndex(index)
                .addConstraintViolation();
        return false;
    }
}
