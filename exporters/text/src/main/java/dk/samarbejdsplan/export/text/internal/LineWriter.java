package dk.samarbejdsplan.export.text.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.List;

/**
 * Writes wrapped lines to an {@link Appendable}: lines of at most {@code width} code points broken
 * at spaces, {@code "\n"} line ends, blank lines between blocks (never two in a row, none at the start or the
 * end).
 *
 * <p>It copies each text once into a reused char array (tabs made spaces) and works over it with
 * indices; the lines are collected in a second array and handed to the sink {@value #BUFFER_SIZE} characters
 * at a time (with {@link Writer#write(char[], int, int)} when the sink is a {@link Writer}) and at
 * {@link #finish()}. No string, list or builder is made per line or per paragraph.
 *
 * <p>One instance writes one document; not thread-safe (the exporter makes one per export).
 */
final class LineWriter {
    /** Characters collected before they go to the sink. */
    static final int BUFFER_SIZE = 1 << 13;

    private final Appendable out;
    private final int width;
    /** The lines written but not yet handed to the sink: buffer[0, buffered). */
    private final char[] buffer = new char[BUFFER_SIZE];
    private int buffered;
    /** {@link #buffer} as a {@link CharSequence}, for a sink that is neither a Writer nor a StringBuilder. */
    private CharBuffer bufferView;
    private boolean blankPending;
    private boolean started;

    // the block being written (begin ... end)
    private String label = "";
    private boolean labelPending;
    private boolean paragraphOpen;
    private int paragraphCount;

    // the piece of text being written, copied once, tabs made spaces: chars[0, length of the piece)
    private char[] chars = new char[256];

    // the line being wrapped: the label, a space if both are non-empty, then chars[textStart, ...)
    private String lineLabel;
    private int labelLength;
    private int textOffset;
    private int textStart;

    LineWriter(Appendable out, int width) {
        this.out = out;
        this.width = width;
    }

    /** Asks for a blank line before the next line written (at most one; none at the start). */
    void blankLine() {
        blankPending = started;
    }

    /**
     * Writes a heading: a block of its own, with a blank line before and after.
     *
     * @param text the heading's text
     * @throws IOException if the sink fails
     */
    void heading(CharSequence text) throws IOException {
        blankLine();
        block("", text);
        blankLine();
    }

    /**
     * Writes a text as paragraphs: the first opens with the label, each further paragraph follows a blank
     * line. Explicit line breaks inside a paragraph are kept as line breaks; every line is wrapped.
     *
     * @param label a label such as {@code "Emne:"}, or {@code ""} for none
     * @param text the text, in the plan's paragraph convention (paragraphs separated by a blank line)
     * @return whether the text had more than one paragraph
     * @throws IOException if the sink fails
     */
    boolean block(String label, CharSequence text) throws IOException {
        begin(label);
        text(text);
        return end();
    }

    /**
     * Starts a block whose text comes in pieces ({@link #text}), each piece ending a paragraph: the same as
     * {@link #block} of the pieces joined by blank lines.
     *
     * @param label a label, or {@code ""}
     */
    void begin(String label) {
        this.label = label;
        labelPending = true;
        paragraphOpen = false;
        paragraphCount = 0;
    }

    /**
     * Writes one piece of the current block's text; the end of the piece ends a paragraph.
     *
     * <p>CR LF, CR, LF, U+000B, U+000C, U+0085 and U+2028 end a line; a blank line or U+2029 ends a paragraph.
     * Tabs become spaces; white space ({@link Character#isWhitespace(int)}) at the start and end of a line is
     * dropped.
     *
     * @param text the piece
     * @throws IOException if the sink fails
     */
    void text(CharSequence text) throws IOException {
        int n = text.length();
        if (oneShortLine(text, n)) {
            return;
        }
        char[] a = capacity(n);
        if (text instanceof String) {
            ((String) text).getChars(0, n, a, 0);
        } else if (text instanceof StringBuilder) {
            ((StringBuilder) text).getChars(0, n, a, 0);
        } else {
            for (int i = 0; i < n; i++) {
                a[i] = text.charAt(i);
            }
        }
        process(n);
    }

    /**
     * Writes one piece of the current block's text made of items joined by a separator: the same as
     * {@link #text} of {@code String.join(separator, items)}, without making that string.
     *
     * @param items the items, at least one
     * @param separator what comes between two items
     * @throws IOException if the sink fails
     */
    void text(List<String> items, String separator) throws IOException {
        int n = separator.length() * (items.size() - 1);
        for (int i = 0; i < items.size(); i++) {
            n += items.get(i).length();
        }
        char[] a = capacity(n);
        int at = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                separator.getChars(0, separator.length(), a, at);
                at += separator.length();
            }
            String item = items.get(i);
            item.getChars(0, item.length(), a, at);
            at += item.length();
        }
        process(n);
    }

    /**
     * The common case, done in one copy: a text that is one line (no line break, no tab, no white space at
     * either end) and fits the width with the label is copied straight into the output buffer, between the
     * blank line and label before it and the line end after it. Writes nothing and answers false for any other
     * text, which takes the general way ({@link #process}); the output is the same.
     */
    private boolean oneShortLine(CharSequence text, int n) throws IOException {
        if (n == 0 || !(text instanceof String || text instanceof StringBuilder)) {
            return false;
        }
        String lineLabel = labelPending ? label : "";
        int labelLength = lineLabel.length();
        int prefix = labelLength == 0 ? 0 : labelLength + 1;
        if (prefix + n > width || labelLength > 0
                && (lineLabel.charAt(0) == ' ' || lineLabel.charAt(labelLength - 1) == ' ')) {
            return false;
        }
        boolean blank = paragraphCount > 0 ? started : blankPending; // as blankLine() before a new paragraph
        int lead = blank ? 1 : 0;
        if (buffered + lead + prefix + n + 1 > buffer.length) {
            flushBuffer();
            if (lead + prefix + n + 1 > buffer.length) {
                return false;
            }
        }
        char[] a = buffer;
        int start = buffered + lead + prefix;
        int end = start + n;
        if (text instanceof String) {
            ((String) text).getChars(0, n, a, start);
        } else {
            ((StringBuilder) text).getChars(0, n, a, start);
        }
        for (int i = start; i < end; i++) {
            char c = a[i];
            if ((char) (c - '\u000E') < '\u0085' - '\u000E' || c > '\u0085' && c < '\u2028' || c > '\u2029') {
                continue;
            }
            return false; // a line break, a tab or another control character
        }
        if (isWhitespace(a[start]) || isWhitespace(a[end - 1])) {
            return false;
        }
        if (blank) {
            a[buffered] = '\n';
        }
        if (labelLength > 0) {
            lineLabel.getChars(0, labelLength, a, buffered + lead);
            a[start - 1] = ' ';
        }
        a[end] = '\n';
        buffered = end + 1;
        blankPending = false;
        started = true;
        labelPending = false;
        paragraphCount++;
        return true;
    }

    /** {@link #chars}, grown to hold at least {@code n} chars. */
    private char[] capacity(int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        return chars;
    }

    /** Splits {@code chars[0, n)} into lines (tabs made spaces) and writes them. */
    private void process(int n) throws IOException {
        char[] a = chars;
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if ((char) (c - '\u000E') < '\u0085' - '\u000E' || c > '\u0085' && c < '\u2028' || c > '\u2029') {
                continue; // the common case: neither a line break nor a tab
            }
            if (c == '\t') {
                a[i] = ' ';
            } else if (c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
                    || c == '\u2028' || c == '\u2029') {
                int end = i;
                if (c == '\r' && i + 1 < n && a[i + 1] == '\n') {
                    i++;
                }
                line(lineStart, end, c == '\u2029');
                lineStart = i + 1;
            }
        }
        line(lineStart, n, true);
    }

    /**
     * Ends the current block; a block without any text writes its label alone.
     *
     * @return whether the block had more than one paragraph
     * @throws IOException if the sink fails
     */
    boolean end() throws IOException {
        if (paragraphCount == 0) {
            wrap(label, 0, 0);
        }
        labelPending = false;
        return paragraphCount > 1;
    }

    /**
     * Ends the document: one final line end is already written after the last line; nothing else. Hands what
     * is buffered to the sink.
     *
     * @throws IOException if the sink fails
     */
    void finish() throws IOException {
        blankPending = false;
        flushBuffer();
    }

    /** One line of a block's text, {@code chars[start, end)} before stripping. */
    private void line(int start, int end, boolean endsParagraph) throws IOException {
        char[] a = chars;
        while (start < end && isWhitespace(a[start])) {
            start++;
        }
        while (end > start && isWhitespace(a[end - 1])) {
            end--;
        }
        if (start < end) {
            if (!paragraphOpen) {
                if (paragraphCount > 0) {
                    blankLine();
                }
                paragraphOpen = true;
            }
            wrap(labelPending ? label : "", start, end);
            labelPending = false;
        }
        if ((start == end || endsParagraph) && paragraphOpen) {
            paragraphOpen = false;
            paragraphCount++;
        }
    }

    /** {@link Character#isWhitespace(char)}, answered at once for printable ASCII. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= '\u007F') && Character.isWhitespace(c);
    }

    /**
     * Writes one line of text after a label, wrapped greedily at runs of spaces: a run inside a line is kept
     * as it is, a run where the line breaks is dropped. A word longer than the width stands alone on its line.
     * Writes nothing when label and text are both empty. The line is the label, a space if both are
     * non-empty, then {@code chars[start, end)}.
     */
    private void wrap(String label, int start, int end) throws IOException {
        lineLabel = label;
        labelLength = label.length();
        int separator = labelLength > 0 && end > start ? 1 : 0;
        textOffset = labelLength + separator - start; // position in the line = index in chars + textOffset
        textStart = start;
        int n = labelLength + separator + (end - start);
        if (n == 0) {
            return;
        }
        if (n <= width && at(0) != ' ' && at(n - 1) != ' ') {
            emit(0, n); // fits (a code point is at least one char): no break, nothing dropped
            return;
        }
        int lineStart = -1;
        int lineEnd = 0;
        int length = 0;
        int i = 0;
        while (i < n) {
            int gapStart = i;
            while (i < n && at(i) == ' ') {
                i++;
            }
            int wordStart = i;
            int wordLength = 0;
            while (i < n) {
                char c = at(i);
                if (c == ' ') {
                    break;
                }
                i++;
                if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(at(i))) {
                    i++;
                }
                wordLength++;
            }
            if (wordStart == i) {
                break;
            }
            int gapLength = wordStart - gapStart;
            if (lineStart < 0) {
                lineStart = wordStart;
                length = wordLength;
            } else if (length + gapLength + wordLength <= width) {
                length += gapLength + wordLength;
            } else {
                emit(lineStart, lineEnd);
                lineStart = wordStart;
                length = wordLength;
            }
            lineEnd = i;
        }
        if (lineStart < 0) {
            lineStart = 0; // only spaces: an empty line, as before
            lineEnd = 0;
        }
        emit(lineStart, lineEnd);
    }

    /** The char at a position of the line being wrapped. */
    private char at(int position) {
        if (position < labelLength) {
            return lineLabel.charAt(position);
        }
        int index = position - textOffset;
        return index < textStart ? ' ' : chars[index];
    }

    /** Writes the positions {@code [from, to)} of the line being wrapped as one output line. */
    private void emit(int from, int to) throws IOException {
        if (blankPending) {
            put('\n');
            blankPending = false;
        }
        if (from < labelLength) {
            int labelTo = Math.min(to, labelLength);
            putLabel(from, labelTo);
            from = labelLength;
        }
        int textFrom = Math.max(from - textOffset, textStart);
        if (from < to && textFrom > from - textOffset) {
            put(' '); // the separator between label and text
        }
        int textTo = to - textOffset;
        if (textFrom < textTo) {
            putText(textFrom, textTo);
        }
        put('\n');
        started = true;
    }

    private void put(char c) throws IOException {
        if (buffered == buffer.length) {
            flushBuffer();
        }
        buffer[buffered++] = c;
    }

    private void putLabel(int from, int to) throws IOException {
        while (from < to) {
            if (buffered == buffer.length) {
                flushBuffer();
            }
            int n = Math.min(to - from, buffer.length - buffered);
            lineLabel.getChars(from, from + n, buffer, buffered);
            buffered += n;
            from += n;
        }
    }

    private void putText(int from, int to) throws IOException {
        while (from < to) {
            if (buffered == buffer.length) {
                flushBuffer();
            }
            int n = Math.min(to - from, buffer.length - buffered);
            System.arraycopy(chars, from, buffer, buffered, n);
            buffered += n;
            from += n;
        }
    }

    /** Hands the buffered characters to the sink in one call. */
    private void flushBuffer() throws IOException {
        if (buffered == 0) {
            return;
        }
        if (out instanceof Writer) {
            ((Writer) out).write(buffer, 0, buffered);
        } else if (out instanceof StringBuilder) {
            ((StringBuilder) out).append(buffer, 0, buffered);
        } else {
            if (bufferView == null) {
                bufferView = CharBuffer.wrap(buffer);
            }
            out.append(bufferView, 0, buffered);
        }
        buffered = 0;
    }
}
