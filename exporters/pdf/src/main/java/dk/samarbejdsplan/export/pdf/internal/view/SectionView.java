package dk.samarbejdsplan.export.pdf.internal.view;

import java.util.List;

/**
 * A numbered section.
 *
 * @param id the id of its heading (generated)
 * @param heading the number and title, "1. Indledning"
 * @param paragraphs its paragraphs
 */
public record SectionView(String id, String heading, List<String> paragraphs) {
}
