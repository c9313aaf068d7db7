package dk.samarbejdsplan.model;

import java.util.List;
import java.util.Objects;

/**
 * A narrative section of the plan (<i>afsnit</i>), for example "1. Indledning". Sections are numbered by
 * their position in the plan.
 *
 * @param title the heading without its number, for example {@code "Indledning"}
 * @param paragraphs the paragraphs, in order, as plain text
 */
public record Section(String title, List<String> paragraphs) {

    /** Checks for {@code null} and copies the list. */
    public Section {
        Objects.requireNonNull(title, "title");
        paragraphs = Lists.copy(paragraphs, "paragraphs");
    }

    /**
     * A section.
     *
     * @param title the heading
     * @param paragraphs the paragraphs
     * @return the section
     */
    public static Section of(String title, String... paragraphs) {
        return new Section(title, List.of(paragraphs));
    }
}
