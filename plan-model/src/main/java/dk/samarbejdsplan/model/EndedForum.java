package dk.samarbejdsplan.model;

import java.util.Objects;

/**
 * A forum of last year's plan that this year's plan no longer has, recorded with why (<i>nedlagt forum</i>, a
 * <i>samarbejdsforum</i> that has been closed down or merged into another). Recording it tells readers of the
 * changes since last year that the forum ended on purpose, and keeps the history check (VAL-506) quiet.
 *
 * @param id the ended forum's stable id, as it was in last year's plan, for example {@code "bevillingsnaevne"}
 * @param reason why the forum ended (<i>begrundelse</i>), for example {@code "Lagt sammen med ..."}
 */
public record EndedForum(String id, String reason) {

    /** Checks for {@code null}. */
    public EndedForum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }
}
