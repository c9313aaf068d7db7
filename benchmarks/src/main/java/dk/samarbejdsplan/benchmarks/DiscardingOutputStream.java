package dk.samarbejdsplan.benchmarks;

import java.io.OutputStream;

/**
 * A byte sink that throws the bytes away and only counts them: the exporters are measured writing to a stream,
 * as they do into a file, without the cost of a file system or of building a String.
 *
 * <p>Not thread-safe; one per benchmark thread.
 */
public final class DiscardingOutputStream extends OutputStream {
    private long count;

    /** Creates an empty sink. */
    public DiscardingOutputStream() {
    }

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    /** @return the number of bytes written since the last {@link #reset()} */
    public long count() {
        return count;
    }

    /** Forgets the bytes counted so far. */
    public void reset() {
        count = 0;
    }
}
