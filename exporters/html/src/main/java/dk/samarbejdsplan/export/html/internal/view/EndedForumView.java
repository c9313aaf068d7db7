package dk.samarbejdsplan.export.html.internal.view;

/**
 * A forum the plan records as ended since last year (<i>nedlagt forum</i>), as the templates see it.
 *
 * @param id the ended forum's id, as the plan gives it
 * @param reason why it ended, as the plan words it
 */
public record EndedForumView(String id, String reason) {
}
