package dk.samarbejdsplan.export.text.internal;

import dk.samarbejdsplan.export.ControlCharacters;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes wrapped lines: lines of at most {@code width} code points broken at spaces, {@code "\n"} line ends,
 * blank lines between blocks (never two in a row, none at the start or the end). Control characters of the
 * text are written visibly ({@link ControlCharacters}). One instance writes one document; not thread-safe.
 */
final class LineWriter {
    private final Writer out;
    private final int width;
    private boolean blankPending;
    private boolean started;

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
     * @param label a label such as {@code "Emne:"}, or {@code ""} for none
     * @param text the text, in the plan's paragraph convention (paragraphs separated by a blank line)
     * @return whether the text had more than one paragraph
     * @throws IOException if the sink fails
     */
    boolean block(String label, String text) throws IOException {
        List<List<String>> paragraphs = paragraphs(text);
        if (paragraphs.isEmpty()) {
            writeWrapped(label, "");
            return false;
        }
        boolean first = true;
        for (List<String> paragraph : paragraphs) {
            if (!first) {
                blankLine();
            }
            for (int i = 0; i < paragraph.size(); i++) {
                writeWrapped(first && i == 0 ? label : "", paragraph.get(i));
            }
            first = false;
        }
        return paragraphs.size() > 1;
    }

    /**
     * Splits a text into paragraphs of lines. CR LF, CR, LF, U+000B, U+000C, U+0085 and U+2028 end a line; a
     * blank line or U+2029 ends a paragraph. Tabs become spaces; white space at the start and end of a line is
     * dropped; the control characters left are made visible.
     */
    static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\u2029';
            if (c == '\r' || c == '\n' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                String l = ControlCharacters.escape(line.toString().strip());
                line.setLength(0);
                if (!l.isEmpty()) {
                    current.add(l);
                }
                if ((l.isEmpty() || c == '\u2029') && !current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                line.append(c == '\t' ? ' ' : c);
            }
        }
        return paragraphs;
    }

    /**
     * Writes one line of text after a label, wrapped greedily at runs of spaces: a run inside a line is kept
     * as it is, a run where the line breaks is dropped. A word longer than the width stands alone on its line.
     * Writes nothing when label and text are both empty.
     */
    private void writeWrapped(String label, String line) throws IOException {
        String text = label.isEmpty() ? line : line.isEmpty() ? label : label + " " + line;
        if (text.isEmpty()) {
            return;
        }
        StringBuilder current = new StringBuilder();
        int length = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int gapStart = i;
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            int wordStart = i;
            while (i < n && text.charAt(i) != ' ') {
                i++;
            }
            if (wordStart == i) {
                break;
            }
            int gapLength = wordStart - gapStart;
            int wordLength = text.codePointCount(wordStart, i);
            if (current.length() == 0) {
                current.append(text, wordStart, i);
                length = wordLength;
            } else if (length + gapLength + wordLength <= width) {
                current.append(text, gapStart, i);
                length += gapLength + wordLength;
            } else {
                emit(current);
                current.setLength(0);
                current.append(text, wordStart, i);
                length = wordLength;
            }
        }
        emit(current);
    }

    private void emit(CharSequence line) throws IOException {
        if (blankPending) {
            out.write('\n');
            blankPending = false;
        }
        out.append(line).append('\n');
        started = true;
    }
}
