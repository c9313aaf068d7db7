package dk.samarbejdsplan.export;

/**
 * Makes control characters in plan text visible, for formats that people open in a terminal, an editor or a
 * spreadsheet (text, CSV): a character that would act instead of showing is written as the six characters
 * {@code \}{@code u} and four upper-case hexadecimal digits, for example ESC as {@code \u001B}. So no plan text
 * can move a terminal's cursor, change its colours, ring its bell or reverse the direction of the text around
 * it.
 *
 * <p>Escaped: the C0 controls U+0000–U+001F except tab, line feed and carriage return (which the formats
 * need), DEL U+007F, the C1 controls U+0080–U+009F, and the bidirectional embeddings, overrides and isolates
 * U+202A–U+202E and U+2066–U+2069. Everything else is kept as it is. (A plan text that itself contains the six
 * characters {@code \u001B} reads the same; validation refuses plans with control characters, so a published
 * plan has none.)
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * Whether a character is written escaped.
     *
     * @param c a UTF-16 char
     * @return true for the controls and bidi formatting characters listed above
     */
    public static boolean isEscaped(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    /**
     * The text with every {@linkplain #isEscaped escaped character} written as {@code \}{@code uXXXX}.
     *
     * @param text the text
     * @return the text itself when it has none
     */
    public static String escape(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !isEscaped(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder s = new StringBuilder(n + 12).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isEscaped(c)) {
                s.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
