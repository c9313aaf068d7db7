package dk.samarbejdsplan.validation.internal;

import java.util.Objects;

/**
 * A message parameter that names another element of the plan in words, for example the other forum with the
 * same id: written as {@code forum "Kontaktudvalget" (kategori 1 "Kontakt med lokalsamfundet m.v.")}.
 *
 * @param path the plan path of the element
 * @param withContext whether to name the enclosing elements too (the forum of a local unit, the category of
 *        a forum)
 */
public record ElementRef(String path, boolean withContext) {

    /** Checks for {@code null}. */
    public ElementRef {
        Objects.requireNonNull(path, "path");
    }

    /**
     * A reference naming the element with its enclosing elements.
     *
     * @param path the plan path
     * @return the reference
     */
    public static ElementRef to(String path) {
        return new ElementRef(path, true);
    }

    /**
     * A reference naming only the element itself (for an element next to the one the finding is about).
     *
     * @param path the plan path
     * @return the reference
     */
    public static ElementRef shortTo(String path) {
        return new ElementRef(path, false);
    }
}
