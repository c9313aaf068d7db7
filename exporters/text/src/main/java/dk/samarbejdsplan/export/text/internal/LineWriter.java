package dk.samarbejdsplan.export.text.internal;

import dk.samarbejdsplan.export.ControlCharacters;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes wrapped lines: lines of at most {@code width} code points broken at spaces, {@code "\n"} line ends,
 * blank lines between blocks (never two in a row, none at the start or the end). Control characters of the
 * text are written visibly ({@link ControlCharacters}). One instance writes one document; not thread-safe.
 *
 * <p>The text is walked by index and written to the sink range by range, word by word: no line, word or list
 * of them is made on the way.
 */
final class LineWriter {
    private final Writer out;
    private final int width;
    private boolean blankPending;
    private boolean started;
    /** Code points on the line being written; 0 at the start of a line. */
    private int length;

    /**
     * @param out where the lines go (the exporter's {@code SinkWriter}); never closed
     * @param width the greatest number of code points on a line
     */
    LineWriter(Writer out, int width) {
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
    void heading(String text) throws IOException {
        blankLine();
        block("", text);
        blankLine();
    }

    /**
     * Writes a text as paragraphs: the first opens with the label, each further paragraph follows a blank
     * line. Explicit line breaks inside a paragraph are kept as line breaks; every line is wrapped.
     *
     * <p>CR LF, CR, LF, U+000B, U+000C, U+0085 and U+2028 end a line; a blank line or U+2029 ends a paragraph.
     * Tabs become spaces; white space at the start and end of a line is dropped; the control characters left
     * are made visible.
     *
     * @param label a label such as {@code "Emne:"}, or {@code ""} for none
     * @param text the text, in the plan's paragraph convention (paragraphs separated by a blank line)
     * @return whether the text had more than one paragraph
     * @throws IOException if the sink fails
     */
    boolean block(String label, String text) throws IOException {
        int paragraphs = 0;
        boolean inParagraph = false;
        boolean labelWritten = false;
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\u2029';
            if (c != '\r' && c != '\n' && c != '\u000B' && c != '\u000C' && c != '\u0085' && c != '\u2028'
                    && c != '\u2029') {
                continue;
            }
            // the line is text[from, to) without the white space at its ends
            int from = lineStart;
            int to = i;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
            if (from < to) {
                if (!inParagraph) {
                    if (paragraphs > 0) {
                        blankLine();
                    }
                    paragraphs++;
                    inParagraph = true;
                }
                writeWrapped(labelWritten ? "" : label, text, from, to);
                labelWritten = true;
            }
            if (from == to || c == '\u2029') {
                inParagraph = false;
            }
        }
        if (paragraphs == 0) {
            writeWrapped(label, text, 0, 0);
        }
        return paragraphs > 1;
    }

    /**
     * Writes one line, {@code text[from, to)}, after a label (and a space), wrapped greedily at runs of spaces:
     * a run inside a line is kept as it is, a run where the line breaks is dropped. A word longer than the width
     * stands alone on its line. Writes nothing when label and line are both empty. The label (the exporter's own
     * words: no tabs, no control characters) is wrapped like the text.
     */
    private void writeWrapped(String label, String text, int from, int to) throws IOException {
        if (label.isEmpty() && from == to) {
            return;
        }
        if (blankPending) {
            out.write('\n');
            blankPending = false;
        }
        int gap = writeWords(label, 0, label.length(), 0);
        // the space between label and text (a gap at the start of a line is dropped, so also when no label)
        writeWords(text, from, to, gap + 1);
        out.write('\n');
        length = 0;
        started = true;
    }

    /**
     * Writes the words of {@code text[from, to)} onto the current line, starting a new line before a word that
     * would not fit. Words are separated by runs of spaces and tabs, each written as a space.
     *
     * @param gap the number of spaces before the first word (carried over from the text before)
     * @return the number of spaces after the last word, not yet written
     */
    private int writeWords(String text, int from, int to, int gap) throws IOException {
        int i = from;
        while (i < to) {
            while (i < to && isSpace(text.charAt(i))) {
                gap++;
                i++;
            }
            int wordStart = i;
            int escaped = 0;
            while (i < to && !isSpace(text.charAt(i))) {
                if (ControlCharacters.isEscaped(text.charAt(i))) {
                    escaped++;
                }
                i++;
            }
            if (wordStart == i) {
                break;
            }
            // code points once written: an escaped character takes six (backslash, u, four hexadecimal digits)
            int wordLength = text.codePointCount(wordStart, i) + 5 * escaped;
            if (length > 0 && length + gap + wordLength > width) {
                out.write('\n');
                length = 0;
            }
            if (length > 0) { // the gap is kept inside a line, dropped at its start
                for (int k = 0; k < gap; k++) {
                    out.write(' ');
                }
                length += gap;
            }
            writeVisible(text, wordStart, i);
            length += wordLength;
            gap = 0;
        }
        return gap;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** Writes {@code text[from, to)} with its control characters made visible ({@link ControlCharacters}). */
    private void writeVisible(String text, int from, int to) throws IOException {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (ControlCharacters.isEscaped(c)) {
                out.write(text, run, i - run);
                out.write(ControlCharacters.escape(String.valueOf(c)));
                run = i + 1;
            }
        }
        out.write(text, run, to - run);
    }
}
