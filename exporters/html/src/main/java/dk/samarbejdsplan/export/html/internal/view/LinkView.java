package dk.samarbejdsplan.export.html.internal.view;

/**
 * A link to another forum of the plan.
 *
 * @param text the link text (the forum's name, or the id when the plan has no such forum)
 * @param href {@code #id} of the forum's row, or {@code ""} when the plan has no such forum
 */
public record LinkView(String text, String href) {
}
