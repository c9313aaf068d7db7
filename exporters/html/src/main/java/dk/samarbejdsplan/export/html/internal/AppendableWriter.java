package dk.samarbejdsplan.export.html.internal;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * A {@link Writer} over a caller's {@link Appendable}, so that Velocity streams straight into it. Closing it
 * only flushes; the caller's sink stays open.
 */
final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
        this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        out.append(CharBuffer.wrap(cbuf, off, len));
    }

    @Override
    public void write(int c) throws IOException {
        out.append((char) c);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.append(str, off, off + len);
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        out.append(csq);
        return this;
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof Flushable) {
            ((Flushable) out).flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
