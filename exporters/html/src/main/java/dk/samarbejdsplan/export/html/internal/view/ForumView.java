package dk.samarbejdsplan.export.html.internal.view;

import java.util.List;

/**
 * One forum: a row of its category's table, and a details block when it has more than the four columns.
 *
 * @param id the id of its row header (links to the forum point here)
 * @param detailsId the id of its details heading, or {@code ""} when it has no details block
 * @param name its name
 * @param topic its topic, as paragraphs
 * @param representatives who sits in it
 * @param frequencyCode the short frequency ("Min. 4"), or {@code ""} when the words say it all
 * @param frequencyWords the frequency in words ("mindst 4 møder om året")
 * @param hasDetails whether it has any of the fields below
 * @param termsOfReference its terms of reference, as paragraphs
 * @param goals its goals
 * @param actionPlan its action plan, as paragraphs
 * @param interfaces the forums it works with, as links
 * @param notes its notes, as paragraphs
 * @param localUnits its local units with their meetings
 * @param details its details block ({@code <section class="forum-details">} with an {@code <h4>} and a
 *        description list of the fields above), written by the exporter with every text escaped: what the
 *        built-in {@code forum-details.vm} inserts (an override may write its own from the fields); empty
 *        markup when {@code hasDetails} is false
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
        List<LocalUnitView> localUnits,
        Html details) {
}
