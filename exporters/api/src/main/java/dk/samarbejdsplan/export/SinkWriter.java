package dk.samarbejdsplan.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Objects;

/**
 * A small buffered {@link Writer} in front of an exporter's sink: it collects the many small pieces an exporter
 * writes (a cell, a label, a template's text node) and hands them to the sink in blocks of 8 192 characters, so
 * that a sink with per-call cost (a UTF-8 encoder, a file writer) does that work once per block. Built-in
 * exporters and plugins use it the same way:
 *
 * <pre>{@code
 * public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
 *     SinkWriter sink = new SinkWriter(out);
 *     sink.write("...");
 *     sink.flush();   // hands what is buffered to out; never closes out
 * }
 * }</pre>
 *
 * <p>{@link #flush()} and {@link #close()} hand what is buffered to the sink; neither flushes nor closes the sink
 * itself (it belongs to the caller). Not thread-safe: one export, one thread.
 */
public final class SinkWriter extends Writer {
    private static final int SIZE = 8192;

    private final Appendable out;
    private final char[] buffer = new char[SIZE];
    private int count;

    /**
     * @param out the caller's sink; never closed or flushed by this writer
     */
    public SinkWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(int c) throws IOException {
        if (count == SIZE) {
            drain();
        }
        buffer[count++] = (char) c;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, chars.length);
        if (len > SIZE - count) {
            drain();
            if (len > SIZE) {
                out.append(CharBuffer.wrap(chars, off, len));
                return;
            }
        }
        System.arraycopy(chars, off, buffer, count, len);
        count += len;
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, text.length());
        if (len > SIZE - count) {
            drain();
            if (len > SIZE) {
                out.append(text, off, off + len);
                return;
            }
        }
        text.getChars(off, off + len, buffer, count);
        count += len;
    }

    @Override
    public SinkWriter append(CharSequence text) throws IOException {
        CharSequence chars = text == null ? "null" : text;
        return append(chars, 0, chars.length());
    }

    /** Appends the characters without making a {@code String} of them first (a line in a builder, say). */
    @Override
    public SinkWriter append(CharSequence text, int start, int end) throws IOException {
        CharSequence chars = text == null ? "null" : text;
        Objects.checkFromToIndex(start, end, chars.length());
        if (chars instanceof String s) {
            write(s, start, end - start);
        } else if (chars instanceof StringBuilder builder) {
            for (int from = start; from < end; ) {
                if (count == SIZE) {
                    drain();
                }
                int n = Math.min(end - from, SIZE - count);
                builder.getChars(from, from + n, buffer, count);
                count += n;
                from += n;
            }
        } else {
            for (int i = start; i < end; i++) {
                write(chars.charAt(i));
            }
        }
        return this;
    }

    @Override
    public SinkWriter append(char c) throws IOException {
        write(c);
        return this;
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.append(CharBuffer.wrap(buffer, 0, count));
            count = 0;
        }
    }

    /** Hands what is buffered to the sink; does not flush the sink itself. */
    @Override
    public void flush() throws IOException {
        drain();
    }

    /** Hands what is buffered to the sink; never closes the sink. */
    @Override
    public void close() throws IOException {
        drain();
    }
}
