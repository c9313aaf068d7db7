package dk.samarbejdsplan.export.pdf.internal.view;

import java.util.List;

/**
 * A category of annex 1 and its forums.
 *
 * @param id the id of its heading (generated)
 * @param heading the number and title, "1. Kontakt med lokalsamfundet m.v."
 * @param forums its forums, in the plan's order
 */
public record CategoryView(String id, String heading, List<ForumView> forums) {
}
