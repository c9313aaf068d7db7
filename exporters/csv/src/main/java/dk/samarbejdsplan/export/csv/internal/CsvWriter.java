package dk.samarbejdsplan.export.csv.internal;

import dk.samarbejdsplan.export.ControlCharacters;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalInt;

/**
 * Writes RFC 4180 records: cells separated by the delimiter, records ended by CRLF, with the quoting,
 * formula-injection and control-character rules documented in the package {@code dk.samarbejdsplan.export.csv}.
 * One instance writes one table; not thread-safe.
 */
final class CsvWriter {
    /** Between the items of a list in one cell. */
    static final String LIST_SEPARATOR = "; ";

    private final Writer out;
    private final char delimiter;
    private boolean atRecordStart = true;

    /**
     * @param out where the records go (the exporter's {@code SinkWriter}); never closed
     * @param delimiter {@code ','} or {@code ';'}
     */
    CsvWriter(Writer out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    /** A text cell: control characters made visible, neutralised if it looks like a formula, quoted if needed. */
    CsvWriter text(String text) throws IOException {
        separate();
        String visible = ControlCharacters.escape(text);
        boolean neutralise = startsLikeFormula(visible);
        boolean quote = neutralise || !visible.isEmpty() && (visible.charAt(0) == ' '
                || visible.charAt(visible.length() - 1) == ' ' || hasSpecial(visible, delimiter));
        if (!quote) {
            out.write(visible);
            return this;
        }
        out.write('"');
        if (neutralise) {
            out.write('\'');
        }
        int run = 0;
        for (int i = 0; i < visible.length(); i++) {
            if (visible.charAt(i) == '"') { // a quote inside a quoted cell is written twice
                out.write(visible, run, i + 1 - run);
                out.write('"');
                run = i + 1;
            }
        }
        out.write(visible, run, visible.length() - run);
        out.write('"');
        return this;
    }

    /** A list as one text cell, its items joined with {@value #LIST_SEPARATOR}. */
    CsvWriter list(List<String> items) throws IOException {
        return text(String.join(LIST_SEPARATOR, items));
    }

    /** A number cell: a plain decimal integer, never quoted or prefixed. */
    CsvWriter number(int number) throws IOException {
        separate();
        out.write(Integer.toString(number));
        return this;
    }

    /** A number cell that is empty when there is no number. */
    CsvWriter number(OptionalInt number) throws IOException {
        if (number.isPresent()) {
            return number(number.getAsInt());
        }
        separate();
        return this;
    }

    /** Ends the record with CRLF. */
    void endRecord() throws IOException {
        out.write("\r\n");
        atRecordStart = true;
    }

    private void separate() throws IOException {
        if (!atRecordStart) {
            out.write(delimiter);
        }
        atRecordStart = false;
    }

    /** Whether the text has a character that must be quoted: the delimiter, a quote, a line break or a tab. */
    private static boolean hasSpecial(String text, char delimiter) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '"' || c == '\r' || c == '\n' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    /**
     * The OWASP rule: a cell starting with {@code = + - @}, tab or CR could be read as a formula. A cell
     * starting with one or more {@code '} and then one of those is prefixed too, so that removing one leading
     * {@code '} from every cell of that shape gives back the plan's text exactly.
     *
     * @param text a cell's text
     * @return whether it must be neutralised
     */
    static boolean startsLikeFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
