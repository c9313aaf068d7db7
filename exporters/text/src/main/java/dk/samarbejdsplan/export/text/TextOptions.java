package dk.samarbejdsplan.export.text;

import dk.samarbejdsplan.export.ExportOptions;
import java.util.Optional;

/**
 * The options of the accessible text exporter: the line width.
 *
 * <p>Give them as typed format options ({@code ExportOptions.builder().formatOptions(new TextOptions(72))}),
 * or as the string parameter {@value #WIDTH_PARAMETER} (a whole number, at least {@value #MIN_LINE_WIDTH});
 * typed options win. Without either the exporter uses {@link #DEFAULT}, 80 characters.
 *
 * @param lineWidth the greatest number of characters (Unicode code points) on a line, at least
 *        {@value #MIN_LINE_WIDTH}; only a single word longer than this stands alone on a longer line
 */
public record TextOptions(int lineWidth) {

    /** The name of the string parameter for the line width: {@value}. */
    public static final String WIDTH_PARAMETER = "text.width";

    /** The least line width allowed: {@value}. */
    public static final int MIN_LINE_WIDTH = 40;

    /** The default line width: {@value}. */
    public static final int DEFAULT_LINE_WIDTH = 80;

    /** The defaults: lines of at most 80 characters. */
    public static final TextOptions DEFAULT = new TextOptions(DEFAULT_LINE_WIDTH);

    /**
     * Checks the width.
     *
     * @param lineWidth the greatest number of code points on a line, at least {@value #MIN_LINE_WIDTH}
     * @throws IllegalArgumentException ({@code EXP-TEXT-002}) if the width is less than
     *         {@value #MIN_LINE_WIDTH}
     */
    public TextOptions {
        if (lineWidth < MIN_LINE_WIDTH) {
            throw new IllegalArgumentException("EXP-TEXT-002: the text line width must be at least "
                    + MIN_LINE_WIDTH + ", not " + lineWidth);
        }
    }

    /**
     * The text options of an export: the typed {@code TextOptions} if given, else {@link #DEFAULT} with the
     * width of the string parameter {@value #WIDTH_PARAMETER}, if given.
     *
     * @param options the export options
     * @return the text options to use
     * @throws IllegalArgumentException ({@code EXP-TEXT-002}) if the parameter is not a whole number of at
     *         least {@value #MIN_LINE_WIDTH}
     */
    public static TextOptions from(ExportOptions options) {
        Optional<TextOptions> typed = options.formatOptions(TextOptions.class);
        if (typed.isPresent()) {
            return typed.get();
        }
        Optional<String> width = options.parameter(WIDTH_PARAMETER);
        if (width.isEmpty()) {
            return DEFAULT;
        }
        int value;
        try {
            value = Integer.parseInt(width.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("EXP-TEXT-002: parameter " + WIDTH_PARAMETER
                    + " must be a whole number of at least " + MIN_LINE_WIDTH + ", not '" + width.get() + "'", e);
        }
        if (value < MIN_LINE_WIDTH) {
            throw new IllegalArgumentException("EXP-TEXT-002: parameter " + WIDTH_PARAMETER
                    + " must be at least " + MIN_LINE_WIDTH + ", not " + value);
        }
        return new TextOptions(value);
    }
}
