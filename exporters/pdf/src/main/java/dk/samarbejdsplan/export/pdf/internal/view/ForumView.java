package dk.samarbejdsplan.export.pdf.internal.view;

import java.util.List;

/**
 * A forum: its row in its category's table and, when it has more fields, its details block.
 *
 * @param id the id of its row header (generated)
 * @param name the name
 * @param topic the topic's paragraphs ("Ikke oplyst" when it has none)
 * @param representatives the representatives
 * @param frequencyCode the frequency as the plan writes it ("Min. 4")
 * @param frequencyWords the frequency in words ("Mindst 4 møder om året")
 * @param hasDetails whether any of the fields below has text
 * @param termsOfReference the terms of reference's paragraphs
 * @param goals the goals
 * @param actionPlan the action plan's paragraphs
 * @param interfaces the forums it has interfaces to
 * @param notes the notes
 * @param localUnits the local units with their meetings
 */
public record ForumView(String id, String name, List<String> topic, List<String> representatives,
        String frequencyCode, String frequencyWords, boolean hasDetails, List<String> termsOfReference,
        List<String> goals, List<String> actionPlan, List<LinkView> interfaces, List<String> notes,
        List<LocalUnitView> localUnits) {
}
