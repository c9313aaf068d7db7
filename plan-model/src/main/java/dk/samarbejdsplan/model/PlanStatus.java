package dk.samarbejdsplan.model;

/** Where a yearly plan stands (<i>status</i>). */
public enum PlanStatus {
    /** Being drawn up (<i>udkast</i>); not yet discussed in the kredsråd. */
    DRAFT,
    /** Discussed in the kredsråd and adopted by the politidirektør (<i>vedtaget</i>); ready to publish. */
    ADOPTED
}
