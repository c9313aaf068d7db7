package dk.samarbejdsplan.examples.ical;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Writes iCalendar content lines (RFC 5545, section 3.1) to an {@link Appendable}: one {@code NAME:value} a
 * line, every line ended by CRLF and folded so that no line is longer than 75 octets.
 *
 * <p>Folding counts octets of UTF-8, the encoding every exporter writes, and breaks only between two code
 * points, never inside one (a multi-byte character or a surrogate pair stays whole). A continuation line
 * starts with one space, which counts towards its 75 octets; a reader removes the CRLF and the space again.
 *
 * <p>Free text goes through {@link #text(String, String)} (or {@link #text(String)} within a line), which
 * escapes it as RFC 5545 section 3.3.11 says, so no text, whatever it holds, can end a line early and start a
 * property of its own.
 *
 * <p>A line is put together in a buffer that the writer reuses, then folded and handed to the sink in one
 * piece (or one piece per physical line): no strings are made for the lines, and the sink gets few calls.
 * A line is written either with one call ({@link #line}, {@link #text(String, String)},
 * {@link #date(String, LocalDate)}) or from parts: {@link #begin}, then {@link #value(String)},
 * {@link #value(int)}, {@link #text(String)}, {@link #date(LocalDate)}, then {@link #end()}.
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

    /** The content line being put together, unfolded; reused for every line. */
    private final StringBuilder line = new StringBuilder(256);

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
        begin(name).value(value).end();
    }

    /**
     * Writes a property of value type TEXT, escaped.
     *
     * @param name the property name, for example {@code SUMMARY}
     * @param text the text, unescaped, as it is in the plan
     * @throws IOException if writing fails
     */
    void text(String name, String text) throws IOException {
        begin(name).text(text).end();
    }

    /**
     * Writes a property of value type DATE, {@code YYYYMMDD}.
     *
     * @param name the property name, for example {@code DTSTART;VALUE=DATE}
     * @param date the date
     * @throws IOException if writing fails
     * @throws IllegalArgumentException {@code ICAL-001} if the year does not have four digits
     */
    void date(String name, LocalDate date) throws IOException {
        begin(name).date(date).end();
    }

    /**
     * Starts a line: its name and the colon. Add the value's parts, then call {@link #end()}.
     *
     * @param name the property name, with any parameters
     * @return this writer
     */
    ContentLineWriter begin(String name) {
        line.setLength(0);
        line.append(name).append(':');
        return this;
    }

    /**
     * Adds a part of the value in its final form (never text from the plan).
     *
     * @param value the part, as it is to appear
     * @return this writer
     */
    ContentLineWriter value(String value) {
        line.append(value);
        return this;
    }

    /**
     * Adds a number to the value, in decimal digits.
     *
     * @param value the number
     * @return this writer
     */
    ContentLineWriter value(int value) {
        line.append(value);
        return this;
    }

    /**
     * Adds text to the value, escaped as {@link #escapeText(String, StringBuilder)} says.
     *
     * @param text the text, unescaped, as it is in the plan
     * @return this writer
     */
    ContentLineWriter text(String text) {
        escapeText(text, line);
        return this;
    }

    /**
     * Adds a DATE to the value, {@code YYYYMMDD}.
     *
     * @param date the date
     * @return this writer
     * @throws IllegalArgumentException {@code ICAL-001} if the year does not have four digits
     */
    ContentLineWriter date(LocalDate date) {
        appendDate(date, line);
        return this;
    }

    /**
     * Ends the line: writes it folded at {@value #MAX_LINE_OCTETS} octets, with CRLF.
     *
     * @throws IOException if writing fails
     */
    void end() throws IOException {
        StringBuilder l = line;
        int length = l.length();
        int octets = 0; // on the current physical line
        int start = 0;  // of what is not written yet
        for (int i = 0; i < length; ) {
            char c = l.charAt(i);
            int codePoint = c < 0x80 ? c : l.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(l, start, i).append(CRLF).append(' '); // fold before this code point
                start = i;
                octets = 1; // the space
            }
            octets += size;
            i += Character.charCount(codePoint);
        }
        l.append(CRLF);
        out.append(l, start, l.length());
    }

    /**
     * An iCalendar DATE, {@code YYYYMMDD}.
     *
     * @param date the date
     * @return the date as iCalendar writes it
     * @throws IllegalArgumentException {@code ICAL-001} if the year does not have four digits
     */
    static String dateText(LocalDate date) {
        StringBuilder text = new StringBuilder(8);
        appendDate(date, text);
        return text.toString();
    }

    /**
     * Appends an iCalendar DATE, {@code YYYYMMDD}.
     *
     * @param date the date
     * @param to where to append it
     * @throws IllegalArgumentException {@code ICAL-001} if the year does not have four digits
     */
    private static void appendDate(LocalDate date, StringBuilder to) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("ICAL-001: the date " + date
                    + " cannot be written in iCalendar, whose years have four digits (0000-9999)");
        }
        DateTimeFormatter.BASIC_ISO_DATE.formatTo(date, to);
    }

    /**
     * Escapes a TEXT value (RFC 5545, section 3.3.11): a backslash, semicolon and comma get a backslash in
     * front, a line break becomes {@code \n}. A line break is LF, CRLF or a lone CR (the plan file may come
     * from any system); each becomes one {@code \n}. Other control characters, which TEXT cannot hold, are
     * left out, and a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD.
     *
     * @param text the text
     * @param escaped where to append the escaped text, a legal TEXT value without any CR or LF
     */
    static void escapeText(String text, StringBuilder escaped) {
        int length = text.length();
        int plain = 0;
        while (plain < length && isPlain(text.charAt(plain))) {
            plain++;
        }
        escaped.append(text, 0, plain); // mostly the whole text
        for (int i = plain; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < length && text.charAt(i + 1) == '\n') {
                        i++; // CRLF is one line break
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length
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
    }

    /** Whether a character stands for itself in a TEXT value (no escape, no surrogate, no control). */
    private static boolean isPlain(char c) {
        return c >= 0x20 ? c != '\\' && c != ';' && c != ',' && c != 0x7F && !Character.isSurrogate(c)
                : c == '\t';
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
