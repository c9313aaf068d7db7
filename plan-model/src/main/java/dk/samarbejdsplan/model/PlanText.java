package dk.samarbejdsplan.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What counts as blank and as raw in a plan's texts (<i>tekster</i>): the one definition the validation, the
 * test kit's generators and the exporters share.
 *
 * <ul>
 * <li><b>Blank</b>: no visible character. A text of only spaces (also no-break and other Unicode spaces), line
 *     breaks, tabs, zero-width and other invisible format characters (U+200B, U+200C, U+200D, U+2060, U+FEFF,
 *     bidirectional marks) and control characters is blank. {@link String#isBlank()} is not enough: it counts
 *     a no-break space or a zero-width space as visible.</li>
 * <li><b>Raw</b>: a character that must never reach a terminal, a spreadsheet or a web page from a plan: the
 *     C0 control characters other than tab, line feed and carriage return (every text of a plan may hold
 *     line breaks and tabs), DEL, the C1 control characters (U+0080–U+009F), and the bidirectional embeddings,
 *     overrides and isolates U+202A–U+202E and U+2066–U+2069, which can make a text read backwards.</li>
 * </ul>
 */
public final class PlanText {

    private PlanText() {
    }

    /**
     * Whether a text has no visible character.
     *
     * @param text a text
     * @return whether it is empty or holds only invisible characters (spaces, line breaks, zero-width and other
     *         format characters, controls)
     */
    public static boolean isBlank(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (!isInvisible(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /**
     * Whether a code point shows nothing by itself: white space, a space separator (such as U+00A0), a line or
     * paragraph separator, a format character (such as U+200B or U+FEFF) or a control character.
     *
     * @param codePoint a code point
     * @return whether it is invisible
     */
    public static boolean isInvisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL;
    }

    /**
     * Whether a code point is raw: a control character other than tab, line feed and carriage return, or a
     * bidirectional embedding, override or isolate.
     *
     * @param codePoint a code point
     * @return whether a plan text may not hold it
     */
    public static boolean isRaw(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false;
        }
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /**
     * The first raw character of a text.
     *
     * @param text a text
     * @return its index in the text, or empty when the text holds no raw character
     */
    public static OptionalInt firstRaw(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            if (isRaw(text.charAt(i))) { // every raw character is in the Basic Multilingual Plane
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * A raw character written so that it shows: {@code U+001B}.
     *
     * @param codePoint a code point
     * @return {@code U+} and at least four hexadecimal digits
     */
    public static String codeOf(int codePoint) {
        return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
    }
}
