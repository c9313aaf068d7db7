package dk.samarbejdsplan.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated meeting (<i>møde</i>) of a local unit, for example a lokalråd meeting on 26 October 2007.
 *
 * @param date the date of the meeting
 * @param status whether it is planned or held, when the plan says so (the 2007 plan says "holdt eller
 *        berammet" for all of them, so it is empty there)
 */
public record Meeting(LocalDate date, Optional<MeetingStatus> status) {

    /** Checks for {@code null}. */
    public Meeting {
        Objects.requireNonNull(date, "date");
        status = Objects.requireNonNullElse(status, Optional.empty());
    }

    /**
     * A meeting on a date, status not stated.
     *
     * @param date the date
     * @return the meeting
     */
    public static Meeting on(LocalDate date) {
        return new Meeting(date, Optional.empty());
    }
}
