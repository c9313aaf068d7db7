package dk.samarbejdsplan.export.csv.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.List;
import java.util.OptionalInt;

/**
 * Writes RFC 4180 records to an {@link Appendable}: cells separated by the delimiter, records ended by CRLF,
 * quoting and formula-injection neutralisation as documented in the package
 * {@code dk.samarbejdsplan.export.csv}.
 *
 * <p>The characters are gathered in a small buffer of the writer's own and handed to the sink a few thousand
 * at a time (one {@link Writer#write(char[], int, int)} where the sink is a {@code Writer}), so the sink sees a
 * handful of bulk writes instead of several calls per cell; {@link #flush()} hands over the rest and must be
 * called at the end. The output is exactly what writing each cell's text to the sink would give.
 *
 * <p>One instance writes one table; not thread-safe (the exporter makes one per export).
 */
final class CsvRecordWriter {
    /** The record separator of RFC 4180. */
    static final String CRLF = "\r\n";

    /** The size of the buffer of a writer to a sink, in chars. */
    private static final int BUFFER_SIZE = 4096;

    /** The size of the buffer of a writer that {@linkplain #render renders} a few cells. */
    private static final int RENDER_BUFFER_SIZE = 128;

    /** The decimal texts of the numbers 0 to 99, which cover nearly every number cell. */
    private static final String[] SMALL_NUMBERS = new String[100];

    static {
        for (int i = 0; i < SMALL_NUMBERS.length; i++) {
            SMALL_NUMBERS[i] = Integer.toString(i);
        }
    }

    private final Appendable out;
    private final Writer writer;
    private final char delimiter;
    /** Bit {@code c} is set for every character {@code c < 64} that makes a cell need quotes. */
    private final long quoteMask;
    private final char[] buffer;
    private int position;
    private boolean atRecordStart = true;

    /**
     * @param out where the records go; never closed, and flushed only as far as {@link #flush()} says
     * @param delimiter the cell delimiter, {@code ','} or {@code ';'}
     */
    CsvRecordWriter(Appendable out, char delimiter) {
        this(out, delimiter, BUFFER_SIZE);
    }

    private CsvRecordWriter(Appendable out, char delimiter, int bufferSize) {
        if (delimiter >= 64) {
            throw new IllegalArgumentException("unsupported delimiter " + (int) delimiter);
        }
        this.out = out;
        this.writer = out instanceof Writer w ? w : null;
        this.delimiter = delimiter;
        this.quoteMask = 1L << delimiter | 1L << '"' | 1L << '\r' | 1L << '\n' | 1L << '\t';
        this.buffer = new char[bufferSize];
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
        cell(text);
        return this;
    }

    /**
     * Writes a list as one text cell: the items joined with {@code separator}, exactly as
     * {@code text(String.join(separator, items))} would write it, without building the joined text.
     *
     * @param items the items, none {@code null}
     * @param separator what goes between two items; it must not contain a double quote, CR, LF or tab, nor
     *        start with a space or one of the formula characters (it is {@code "; "})
     * @return this writer
     * @throws IOException if the sink fails
     */
    CsvRecordWriter list(List<String> items, String separator) throws IOException {
        separate();
        int n = items.size();
        if (n == 0) {
            return this;
        }
        if (n == 1) {
            cell(items.get(0));
            return this;
        }
        // the joined text starts with the first item, then the separator: it looks like a formula exactly when
        // the first item does (an empty or all-apostrophe first item is followed by the separator)
        String first = items.get(0);
        String last = items.get(n - 1);
        boolean neutralise = startsLikeFormula(first);
        boolean quote = neutralise
                || (first.isEmpty() ? separator.charAt(0) == ' ' : first.charAt(0) == ' ')
                || (last.isEmpty() ? separator.charAt(separator.length() - 1) == ' '
                        : last.charAt(last.length() - 1) == ' ')
                || hasQuoteCharacter(separator);
        for (int i = 0; !quote && i < n; i++) {
            quote = hasQuoteCharacter(items.get(i));
        }
        if (!quote) {
            put(first);
            for (int i = 1; i < n; i++) {
                put(separator);
                put(items.get(i));
            }
            return this;
        }
        put('"');
        if (neutralise) {
            put('\'');
        }
        putDoublingQuotes(first);
        for (int i = 1; i < n; i++) {
            put(separator);
            putDoublingQuotes(items.get(i));
        }
        put('"');
        return this;
    }

    /**
     * Writes cells rendered before by a {@link Renderer}: what follows the delimiter in front of them (if any) is
     * written as it is.
     *
     * @param rendered one or more cells, already quoted and neutralised, separated by this writer's delimiter
     * @return this writer
     * @throws IOException if the sink fails
     */
    CsvRecordWriter rendered(String rendered) throws IOException {
        separate();
        put(rendered);
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
        put(number >= 0 && number < SMALL_NUMBERS.length ? SMALL_NUMBERS[number] : Integer.toString(number));
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
     * Writes an ISO 8601 date cell, {@code yyyy-mm-dd}: the text of {@link java.time.LocalDate#toString()},
     * neutralised and quoted as any text cell (which a date of a year from 1000 to 9999 never needs).
     *
     * @param date the date
     * @return this writer
     * @throws IOException if the sink fails
     */
    CsvRecordWriter date(java.time.LocalDate date) throws IOException {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return text(date.toString()); // a sign or more digits: the general rules
        }
        separate();
        if (buffer.length - position < 10) {
            flushBuffer();
        }
        char[] b = buffer;
        int p = position;
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        b[p] = (char) ('0' + year / 1000);
        b[p + 1] = (char) ('0' + year / 100 % 10);
        b[p + 2] = (char) ('0' + year / 10 % 10);
        b[p + 3] = (char) ('0' + year % 10);
        b[p + 4] = '-';
        b[p + 5] = (char) ('0' + month / 10);
        b[p + 6] = (char) ('0' + month % 10);
        b[p + 7] = '-';
        b[p + 8] = (char) ('0' + day / 10);
        b[p + 9] = (char) ('0' + day % 10);
        position = p + 10;
        return this;
    }

    /**
     * Writes a character as it is, outside any cell (the byte order mark).
     *
     * @param c the character
     * @throws IOException if the sink fails
     */
    void raw(char c) throws IOException {
        put(c);
    }

    /**
     * Ends the record with CRLF.
     *
     * @throws IOException if the sink fails
     */
    void endRecord() throws IOException {
        if (buffer.length - position < 2) {
            flushBuffer();
        }
        buffer[position++] = '\r';
        buffer[position++] = '\n';
        atRecordStart = true;
    }

    /**
     * Hands what is buffered to the sink (and does not flush the sink itself). Call it at the end of the table.
     *
     * @throws IOException if the sink fails
     */
    void flush() throws IOException {
        flushBuffer();
    }

    /**
     * Renders cells that repeat from row to row (a category, a meeting frequency) into strings for
     * {@link #rendered(String)}, reusing one buffer. One per export; not thread-safe.
     */
    static final class Renderer {
        private final StringBuilder text = new StringBuilder(128);
        private final CsvRecordWriter writer;

        /** @param delimiter the delimiter of the table the cells are for */
        Renderer(char delimiter) {
            writer = new CsvRecordWriter(text, delimiter, RENDER_BUFFER_SIZE);
        }

        /**
         * The text of some cells at the start of a record (a writer to that table writes exactly this).
         *
         * @param cells writes the cells to the writer it is given (and does not end the record)
         * @return the cells' text
         */
        String render(Cells cells) {
            text.setLength(0);
            writer.atRecordStart = true;
            try {
                cells.write(writer);
                writer.flush();
            } catch (IOException e) {
                throw new AssertionError("a StringBuilder does not fail", e);
            }
            return text.toString();
        }
    }

    /** Writes some cells: see {@link Renderer#render}. */
    @FunctionalInterface
    interface Cells {
        /**
         * @param w the writer
         * @throws IOException never, for a {@code StringBuilder}
         */
        void write(CsvRecordWriter w) throws IOException;
    }

    /** Writes one text cell's content (no delimiter before it). */
    private void cell(String text) throws IOException {
        int n = text.length();
        if (n == 0) {
            return;
        }
        char first = text.charAt(0);
        boolean neutralise = first <= '@' && startsLikeFormula(text);
        if (neutralise || first == ' ' || text.charAt(n - 1) == ' ' || hasQuoteCharacter(text)) {
            put('"');
            if (neutralise) {
                put('\'');
            }
            putDoublingQuotes(text);
            put('"');
        } else {
            put(text);
        }
    }

    private boolean hasQuoteCharacter(String text) {
        long mask = quoteMask;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 64 && (mask & 1L << c) != 0) {
                return true;
            }
        }
        return false;
    }

    private void putDoublingQuotes(String text) throws IOException {
        int from = 0;
        int quote;
        while ((quote = text.indexOf('"', from)) >= 0) {
            put(text, from, quote + 1);
            put('"');
            from = quote + 1;
        }
        put(text, from, text.length());
    }

    private void separate() throws IOException {
        if (!atRecordStart) {
            put(delimiter);
        }
        atRecordStart = false;
    }

    private void put(char c) throws IOException {
        if (position == buffer.length) {
            flushBuffer();
        }
        buffer[position++] = c;
    }

    private void put(String s) throws IOException {
        int n = s.length();
        if (n <= buffer.length - position) {
            s.getChars(0, n, buffer, position);
            position += n;
        } else {
            put(s, 0, n);
        }
    }

    private void put(String s, int from, int to) throws IOException {
        while (from < to) {
            if (position == buffer.length) {
                flushBuffer();
            }
            int n = Math.min(to - from, buffer.length - position);
            s.getChars(from, from + n, buffer, position);
            position += n;
            from += n;
        }
    }

    private void flushBuffer() throws IOException {
        if (position == 0) {
            return;
        }
        if (writer != null) {
            writer.write(buffer, 0, position);
        } else if (out instanceof StringBuilder sb) {
            sb.append(buffer, 0, position);
        } else {
            out.append(CharBuffer.wrap(buffer, 0, position));
        }
        position = 0;
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
}
