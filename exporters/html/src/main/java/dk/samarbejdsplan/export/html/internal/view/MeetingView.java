package dk.samarbejdsplan.export.html.internal.view;

/**
 * One dated meeting.
 *
 * @param iso the date as {@code 2007-10-26}, for the {@code datetime} attribute
 * @param text the date in words, "26. oktober 2007"
 * @param status "afholdt"/"planlagt", or {@code ""}
 * @param separator what follows it in a sentence: ", ", " og " or {@code ""} after the last
 */
public record MeetingView(String iso, String text, String status, String separator) {
}
