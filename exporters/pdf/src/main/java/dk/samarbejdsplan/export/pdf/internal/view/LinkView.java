package dk.samarbejdsplan.export.pdf.internal.view;

/**
 * A link to another forum's row, or the text of a forum id the plan does not have.
 *
 * @param text the forum's name (or the unknown id)
 * @param href {@code #id} of the forum's row, or {@code ""} for no link
 */
public record LinkView(String text, String href) {
}
