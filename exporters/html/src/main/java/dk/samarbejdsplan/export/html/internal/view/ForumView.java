package dk.samarbejdsplan.export.html.internal.view;

import java.util.List;

/**
 * One forum: a row of its category's table ({@code forum-row.vm}), and a details block
 * ({@code forum-details.vm}) when it has more than the table's four columns.
 *
 * @param id the id of its row header (links to the forum point here)
 * @param detailsId the id of its details heading, or {@code ""} when it has no details block
 * @param name its name
 * @param topic its topic, as paragraphs
 * @param representatives who sits in it
 * @param frequencyCode the frequency as the plan writes it ("Min. 4 (2 i 2007)", "Besluttet lokalt")
 * @param frequencyWords the frequency in words ("mindst 4 møder om året (2 i 2007)")
 * @param hasDetails whether it has any of the fields below
 * @param termsOfReference its terms of reference, as paragraphs
 * @param goals its goals
 * @param actionPlan its action plan, as paragraphs
 * @param interfaces the forums it works with, as links
 * @param notes its notes, as paragraphs
 * @param localUnits its local units with their meetings ({@code local-units.vm})
 */
public record ForumView(
        String id,
        String detailsId,
        String name,
        List<String> topic,
        List<String> representatives,
        String frequencyCode,
        String frequencyWords,
        boolean hasDetails,
        List<String> termsOfReference,
        List<String> goals,
        List<String> actionPlan,
        List<LinkView> interfaces,
        List<String> notes,
        List<LocalUnitView> localUnits) {
}
