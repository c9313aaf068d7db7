package dk.samarbejdsplan.export.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The caller's stream, seen by an exporter: {@link #close()} only flushes, so the stream stays open. */
public final class KeepOpenOutputStream extends FilterOutputStream {

    /** @param out the caller's stream */
    public KeepOpenOutputStream(OutputStream out) {
        super(out);
    }

    /** Writes the bytes in one call (the inherited method writes them one at a time). */
    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
        out.write(bytes, off, len);
    }

    /** Flushes; never closes the caller's stream. */
    @Override
    public void close() throws IOException {
        out.flush();
    }
}
