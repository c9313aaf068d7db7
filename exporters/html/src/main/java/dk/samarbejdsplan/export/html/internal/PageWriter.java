package dk.samarbejdsplan.export.html.internal;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * The {@link Writer} a render writes to: collects the many small pieces Velocity writes (a text node, a
 * reference) in a buffer of characters and hands them to the caller's sink in large blocks, so that the sink
 * (a UTF-8 encoder, a file writer, a {@code StringBuilder}) does its per-call work once per block. Not
 * synchronized: one render, one thread. Call {@link #finish()} at the end; closing it only finishes.
 */
final class PageWriter extends Writer {
    private static final int SIZE = 8192;

    private final Appendable out;
    private final Writer writer;
    private final StringBuilder builder;
    private final char[] buffer = new char[SIZE];
    private int count;

    /**
     * @param out the caller's sink; never closed
     */
    PageWriter(Appendable out) {
        this.out = out;
        this.writer = out instanceof Writer ? (Writer) out : null;
        this.builder = out instanceof StringBuilder ? (StringBuilder) out : null;
    }

    @Override
    public void write(int c) throws IOException {
        if (count == SIZE) {
            drain();
        }
        buffer[count++] = (char) c;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (len > SIZE - count) {
            drain();
            if (len > SIZE) {
                pass(CharBuffer.wrap(cbuf, off, len), cbuf, off, len);
                return;
            }
        }
        System.arraycopy(cbuf, off, buffer, count, len);
        count += len;
    }

    @Override
    public void write(String str) throws IOException {
        write(str, 0, str.length());
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (len > SIZE - count) {
            drain();
            if (len > SIZE) {
                pass(str, null, off, len);
                return;
            }
        }
        str.getChars(off, off + len, buffer, count);
        count += len;
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    /** Hands a large piece to the sink directly, after what is buffered. */
    private void pass(CharSequence text, char[] chars, int off, int len) throws IOException {
        if (writer != null) {
            if (chars != null) {
                writer.write(chars, off, len);
            } else {
                writer.write((String) text, off, len);
            }
        } else if (chars != null) {
            out.append(text);
        } else {
            out.append(text, off, off + len);
        }
    }

    private void drain() throws IOException {
        if (count == 0) {
            return;
        }
        if (writer != null) {
            writer.write(buffer, 0, count);
        } else if (builder != null) {
            builder.append(buffer, 0, count);
        } else {
            out.append(CharBuffer.wrap(buffer, 0, count));
        }
        count = 0;
    }

    /**
     * Hands what is buffered to the sink; a sink that is not a {@link Writer} but {@link Flushable} is flushed
     * too (a {@code Writer} is left for its owner to flush).
     *
     * @throws IOException if the sink fails
     */
    void finish() throws IOException {
        drain();
        if (writer == null && out instanceof Flushable) {
            ((Flushable) out).flush();
        }
    }

    /** Hands what is buffered to the sink; does not flush it. */
    @Override
    public void flush() throws IOException {
        drain();
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
