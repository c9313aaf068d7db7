package dk.samarbejdsplan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The local unit of a forum in one municipality, for example the lokalråd of Greve Kommune
 * (<i>lokalråd</i>).
 *
 * @param municipality the municipality the unit serves
 * @param meetings its dated meetings in the plan year, in date order
 * @param actionPlan the unit's action plan note (<i>handleplan</i>), if any
 */
public record LocalUnit(Municipality municipality, List<Meeting> meetings, Optional<String> actionPlan) {

    /** Checks for {@code null} and copies the list. */
    public LocalUnit {
        Objects.requireNonNull(municipality, "municipality");
        meetings = Lists.copy(meetings, "meetings");
        actionPlan = Objects.requireNonNullElse(actionPlan, Optional.empty());
    }

    /**
     * A local unit with meetings and no action plan of its own.
     *
     * @param municipality the municipality
     * @param meetings the meetings
     * @return the unit
     */
    public static LocalUnit of(Municipality municipality, List<Meeting> meetings) {
        return new LocalUnit(municipality, meetings, Optional.empty());
    }

    /**
     * This unit without dated meetings, as for next year's draft.
     *
     * @return a copy with no meetings
     */
    public LocalUnit withoutMeetings() {
        return new LocalUnit(municipality, List.of(), actionPlan);
    }
}
