package dk.samarbejdsplan.export.pdf.internal.view;

import java.util.List;

/**
 * The meetings of one forum in the plan year as a table by month: one row per local unit, one column per
 * month, the days of its meetings in the month's cell.
 *
 * @param id the id of its heading (generated)
 * @param heading "Møder i 2007: Lokalrådene"
 * @param months the twelve months' short names
 * @param rows one row per local unit with a dated meeting in the year
 */
public record MeetingsView(String id, String heading, List<String> months, List<MeetingsRow> rows) {

    /**
     * One local unit's meetings by month.
     *
     * @param name the municipality
     * @param days per month, the days of the meetings ("26", "14, 28"), {@code ""} for none
     */
    public record MeetingsRow(String name, List<String> days) {
    }
}
