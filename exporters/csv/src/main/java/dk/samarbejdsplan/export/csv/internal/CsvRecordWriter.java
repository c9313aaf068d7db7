package dk.samarbejdsplan.export.csv.internal;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * Writes RFC 4180 records straight to an {@link Appendable}: cells separated by the delimiter, records ended
 * by CRLF, quoting and formula-injection neutralisation as documented in the package
 * {@code dk.samarbejdsplan.export.csv}.
 *
 * <p>One instance writes one table; not thread-safe (the exporter makes one per export).
 */
final class CsvRecordWriter {
    /** The record separator of RFC 4180. */
    static final String CRLF = "\r\n";

    private final Appendable out;
    private final char delimiter;
    private boolean atRecordStart = true;

    CsvRecordWriter(Appendable out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    /**
     * Writes a text cell: neutralised if it starts with a formula character, quoted where needed.
     *
     * @param text the cell's text, never {@code null}
     * @return this writer
     * @throws IOException if the sink fails
     */
    CsvRecordWriter text(String text) throws IOException {
        separate();
        boolean neutralise = startsLikeFormula(text);
        if (neutralise || needsQuotes(text)) {
            out.append('"');
            if (neutralise) {
                out.append('\'');
            }
            int from = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '"') {
                    out.append(text, from, i + 1).append('"');
                    from = i + 1;
                }
            }
            out.append(text, from, text.length()).append('"');
        } else {
            out.append(text);
        }
        return this;
    }

    /**
     * Writes a number cell: a plain decimal integer, never quoted or prefixed.
     *
     * @param number the number
     * @return this writer
     * @throws IOException if the sink fails
     */
    CsvRecordWriter number(int number) throws IOException {
        separate();
        out.append(Integer.toString(number));
        return this;
    }

    /**
     * Writes a number cell that may be empty.
     *
     * @param number the number, or empty for an empty cell
     * @return this writer
     * @throws IOException if the sink fails
     */
    CsvRecordWriter number(OptionalInt number) throws IOException {
        if (number.isPresent()) {
            return number(number.getAsInt());
        }
        separate();
        return this;
    }

    /**
     * Ends the record with CRLF.
     *
     * @throws IOException if the sink fails
     */
    void endRecord() throws IOException {
        out.append(CRLF);
        atRecordStart = true;
    }

    private void separate() throws IOException {
        if (!atRecordStart) {
            out.append(delimiter);
        }
        atRecordStart = false;
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
        return i < text.length() && isFormulaStart(text.charAt(i));
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '"' || c == '\r' || c == '\n' || c == '\t') {
                return true;
            }
        }
        return false;
    }
}
