package dk.samarbejdsplan.examples.ical;

import java.io.IOException;
import java.util.Objects;

/**
 * Writes iCalendar content lines (RFC 5545, section 3.1) to an {@link Appendable}: one {@code NAME:value} a
 * line, every line ended by CRLF and folded so that no line is longer than 75 octets.
 *
 * <p>Folding counts octets of UTF-8, the encoding every exporter writes, and breaks only between two code
 * points, never inside one (a multi-byte character or a surrogate pair stays whole). A continuation line
 * starts with one space, which counts towards its 75 octets; a reader removes the CRLF and the space again.
 *
 * <p>Free text goes through {@link #text(String, String)}, which escapes it as RFC 5545 section 3.3.11 says,
 * so no text, whatever it holds, can end a line early and start a property of its own.
 *
 * <p>Not thread-safe: the exporter makes one per export.
 */
final class ContentLineWriter {

    /** The longest line RFC 5545 allows, in octets, without the CRLF. */
    static final int MAX_LINE_OCTETS = 75;

    /** The end of every line. */
    private static final String CRLF = "\r\n";

    /** Where the lines go. */
    private final Appendable out;

    /**
     * @param out where to write; never closed
     */
    ContentLineWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Writes a property whose value is already in its final form: a date, a code such as {@code CONFIRMED},
     * a value we chose. Never use it for text from the plan.
     *
     * @param name the property name, with any parameters, for example {@code DTSTART;VALUE=DATE}
     * @param value the value, as it is to appear
     * @throws IOException if writing fails
     */
    void line(String name, String value) throws IOException {
        String line = name + ":" + value;
        int octets = 0; // on the current physical line
        int start = 0;  // of what is not written yet
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int length = utf8Length(codePoint);
            if (octets + length > MAX_LINE_OCTETS) {
                out.append(line, start, i).append(CRLF).append(' '); // fold before this code point
                start = i;
                octets = 1; // the space
            }
            octets += length;
            i += Character.charCount(codePoint);
        }
        out.append(line, start, line.length()).append(CRLF);
    }

    /**
     * Writes a property of value type TEXT, escaped.
     *
     * @param name the property name, for example {@code SUMMARY}
     * @param text the text, unescaped, as it is in the plan
     * @throws IOException if writing fails
     */
    void text(String name, String text) throws IOException {
        line(name, escapeText(text));
    }

    /**
     * Escapes a TEXT value (RFC 5545, section 3.3.11): a backslash, semicolon and comma get a backslash in
     * front, a line break becomes {@code \n}. A line break is LF, CRLF or a lone CR (the plan file may come
     * from any system); each becomes one {@code \n}. Other control characters, which TEXT cannot hold, are
     * left out, and a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD.
     *
     * @param text the text
     * @return the escaped text, a legal TEXT value without any CR or LF
     */
    static String escapeText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++; // CRLF is one line break
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        escaped.append('\uFFFD');
                    } else if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        escaped.append(c);
                    } // else a control character, which TEXT cannot hold: left out
                }
            }
        }
        return escaped.toString();
    }

    /**
     * The number of octets UTF-8 uses for a code point.
     *
     * @param codePoint the code point
     * @return 1 to 4
     */
    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }
}
