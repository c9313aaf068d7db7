package dk.samarbejdsplan.export.html.internal.view;

import java.util.List;

/**
 * A category of the annex.
 *
 * @param id the id of its heading
 * @param heading the heading with its number, "1. Kontakt med lokalsamfundet m.v."
 * @param forums its forums
 * @param detailed those of its forums that have a details block ({@link ForumView#hasDetails()}), in order
 * @param rows the rows of its forum table, one {@code <tr>} per forum, written by the exporter from
 *        {@code forums} with every text escaped (what the built-in {@code annex.vm} inserts; an override
 *        template may write its own rows from {@code forums} instead)
 * @param details the details blocks of {@code detailed}, each followed by a line break: the same markup as the
 *        built-in {@code forum-details.vm} gives for each of them (what the built-in {@code annex.vm} inserts
 *        when {@code forum-details.vm} is not overridden)
 */
public record CategoryView(String id, String heading, List<ForumView> forums, List<ForumView> detailed,
        Html rows, Html details) {
}
