package dk.samarbejdsplan.export.html.internal.view;

import java.util.List;

/**
 * The picture of the plan year's dated meetings ({@code meetings-picture.vm}): the twelve months across, a line
 * per local unit under a line per forum, a mark on each meeting date; and the same meetings as a list. Numbers
 * only (SVG user units of the {@code viewBox}); the markup is in the template.
 *
 * @param heading the heading of the part, "Møder i 2007"
 * @param title the picture's accessible name
 * @param description the picture's description, saying where the same data is as text
 * @param width the width of the {@code viewBox}
 * @param height the height of the {@code viewBox}
 * @param plotLeft where the months begin
 * @param plotRight where the months end
 * @param nameRight where the municipalities' names end (right-aligned, left of the months)
 * @param months the twelve months
 * @param forums the forums with meetings in the year, top to bottom, each with its local units
 * @param markRadius the radius of a meeting's mark
 */
public record MeetingsPictureView(String heading, String title, String description, int width, int height,
        int plotLeft, int plotRight, int nameRight, List<Month> months, List<ForumLine> forums, int markRadius) {

    /**
     * One month's column.
     *
     * @param x its left edge
     * @param width its width
     * @param labelX the middle, where its name is written
     * @param labelY the baseline of its name
     * @param top the top of its band
     * @param bandHeight the height of its band
     * @param name its short name, "jan."
     * @param shaded whether its band is shaded (every other month)
     */
    public record Month(int x, int width, int labelX, int labelY, int top, int bandHeight, String name,
            boolean shaded) {
    }

    /**
     * A forum's line (its name across, no marks), with a line for each of its local units under it.
     *
     * @param textY the baseline of its name
     * @param name the forum's name
     * @param href the link to its details block, where its meetings are listed too
     * @param units its local units
     */
    public record ForumLine(int textY, String name, String href, List<UnitLine> units) {
    }

    /**
     * A local unit's line: its municipality's name left of the months, a mark per meeting in the plan year.
     *
     * @param y the line's middle
     * @param textY the baseline of its name
     * @param name the municipality's name
     * @param code the municipality's code ("253"), or {@code ""}
     * @param marks its meetings in the plan year, in date order
     */
    public record UnitLine(int y, int textY, String name, String code, List<Mark> marks) {
    }

    /**
     * One meeting's mark.
     *
     * @param cx the middle of the mark: its day within its month
     * @param meeting the meeting, for the list
     */
    public record Mark(int cx, MeetingView meeting) {
    }
}
