package dk.samarbejdsplan.export.html.internal.view;

import java.util.List;

/**
 * A local unit of a forum (one lokalråd), with its meetings.
 *
 * @param name the municipality's name
 * @param code the municipality's code ("253"), for a machine-readable {@code <data value>}
 * @param meetings its meetings, in date order as the plan gives them
 * @param actionPlan its action plan, as paragraphs
 */
public record LocalUnitView(String name, String code, List<MeetingView> meetings, List<String> actionPlan) {
}
