package dk.samarbejdsplan.model;

/** Whether a dated meeting lies ahead or has taken place. */
public enum MeetingStatus {
    /** Scheduled (<i>berammet</i>). */
    PLANNED,
    /** Held (<i>holdt</i>). */
    HELD
}
