package dk.samarbejdsplan.export.html.internal.view;

import java.util.List;

/**
 * A category of the annex ({@code category.vm}).
 *
 * @param id the id of its heading
 * @param heading the heading with its number, "1. Kontakt med lokalsamfundet m.v."
 * @param forums its forums, a row each ({@code forum-row.vm})
 * @param detailed those of its forums that have a details block ({@link ForumView#hasDetails()}), in order
 *        ({@code forum-details.vm})
 */
public record CategoryView(String id, String heading, List<ForumView> forums, List<ForumView> detailed) {
}
