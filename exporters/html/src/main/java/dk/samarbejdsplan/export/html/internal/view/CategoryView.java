package dk.samarbejdsplan.export.html.internal.view;

import java.util.List;

/**
 * A category of the annex.
 *
 * @param id the id of its heading
 * @param heading the heading with its number, "1. Kontakt med lokalsamfundet m.v."
 * @param forums its forums
 */
public record CategoryView(String id, String heading, List<ForumView> forums) {
}
