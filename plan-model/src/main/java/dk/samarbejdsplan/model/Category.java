package dk.samarbejdsplan.model;

import java.util.List;
import java.util.Objects;

/**
 * A numbered category of forums in the plan's annex (<i>kategori</i>), for example "2. Beredskab".
 *
 * <p>In a plan file the number may be left out; it is then derived from the category's position, which makes
 * a duplicate number (as in the 2007 source, which numbers two categories "4.") impossible. A number given
 * explicitly that does not follow the order is reported by the validation.
 *
 * @param id a stable identifier (lowercase letters, digits and hyphens), for example {@code "beredskab"}
 * @param number the category's number, from 1
 * @param title the heading without its number, for example {@code "Beredskab"}
 * @param forums its forums, in order
 */
public record Category(String id, int number, String title, List<Forum> forums) {

    /** Checks for {@code null} and copies the list. */
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        forums = Lists.copy(forums, "forums");
    }

    /**
     * A category.
     *
     * @param id the stable id
     * @param number the number
     * @param title the title
     * @param forums the forums
     * @return the category
     */
    public static Category of(String id, int number, String title, List<Forum> forums) {
        return new Category(id, number, title, forums);
    }

    /**
     * This category with other forums.
     *
     * @param newForums the forums
     * @return a copy
     */
    public Category withForums(List<Forum> newForums) {
        return new Category(id, number, title, newForums);
    }

    /**
     * This category with another number.
     *
     * @param newNumber the number
     * @return a copy
     */
    public Category withNumber(int newNumber) {
        return new Category(id, newNumber, title, forums);
    }
}
