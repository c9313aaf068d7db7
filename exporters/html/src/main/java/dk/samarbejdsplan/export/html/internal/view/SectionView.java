package dk.samarbejdsplan.export.html.internal.view;

import java.util.List;

/**
 * A numbered narrative section.
 *
 * @param id the id of its heading
 * @param heading the heading with its number, "1. Indledning"
 * @param paragraphs its paragraphs
 */
public record SectionView(String id, String heading, List<String> paragraphs) {
}
