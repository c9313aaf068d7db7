package dk.samarbejdsplan.cli.internal;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Everything the tool writes to a terminal passes through here: C0 and C1 control characters other than the
 * line break, and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), are written as
 * {@code \u001B} (backslash, u, four hex digits), so that text from a plan file can neither move the cursor,
 * recolour, erase nor reorder what the tool prints (a fake "0 fejl" is impossible).
 */
public final class TerminalText extends Writer {
    private final Writer out;

    private TerminalText(Writer out) {
        this.out = out;
    }

    /**
     * @param out where the text goes
     * @return a print writer that escapes what it prints, flushing on every line
     */
    public static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    /**
     * @param c a character
     * @return whether it is written escaped
     */
    public static boolean isEscaped(char c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * @param text any text
     * @return the text with every {@linkplain #isEscaped escaped} character written as {@code \}{@code uXXXX}
     */
    public static String escape(String text) {
        StringBuilder result = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isEscaped(c)) {
                if (result == null) {
                    result = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                result.append(String.format("\\u%04X", (int) c));
            } else if (result != null) {
                result.append(c);
            }
        }
        return result == null ? text : result.toString();
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws java.io.IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (isEscaped(buffer[i])) {
                out.write(buffer, start, i - start);
                out.write(String.format("\\u%04X", (int) buffer[i]));
                start = i + 1;
            }
        }
        out.write(buffer, start, end - start);
    }

    @Override
    public void flush() throws java.io.IOException {
        out.flush();
    }

    @Override
    public void close() throws java.io.IOException {
        out.close();
    }
}
