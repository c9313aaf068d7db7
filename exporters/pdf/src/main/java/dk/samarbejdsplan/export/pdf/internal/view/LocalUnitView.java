package dk.samarbejdsplan.export.pdf.internal.view;

import java.util.List;

/**
 * A local unit of a forum (a lokalråd) with its meetings written out.
 *
 * @param name the municipality with its code, "Greve Kommune (kommunekode 253)"
 * @param meetings the meetings in words, "26. oktober 2007 og 14. november 2007", or "ingen møder fastsat"
 * @param actionPlan the unit's own action plan's paragraphs
 */
public record LocalUnitView(String name, String meetings, List<String> actionPlan) {
}
