package dk.samarbejdsplan.export.html.internal.view;

/**
 * A date.
 *
 * @param iso the date as {@code 2007-12-13}, for the {@code datetime} attribute
 * @param text the date in words, "13. december 2007"
 */
public record DateView(String iso, String text) {
}
