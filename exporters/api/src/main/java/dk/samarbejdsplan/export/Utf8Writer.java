package dk.samarbejdsplan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * A {@link Writer} that encodes characters as UTF-8 straight into a byte buffer and hands the bytes to an
 * {@link OutputStream} in chunks: the bridge behind {@link PlanExporter#export(dk.samarbejdsplan.model.CooperationPlan,
 * ExportOptions, OutputStream)}. It replaces {@code BufferedWriter(OutputStreamWriter(out, UTF_8))}, whose JDK
 * encoder takes a slow path for every non-ASCII letter and whose {@code append(CharSequence)} turns every
 * argument into a {@code String}.
 *
 * <p>The bytes are exactly those of {@code new OutputStreamWriter(out, StandardCharsets.UTF_8)} followed by
 * {@code close()}: a surrogate pair becomes one 4-byte sequence, also when its two halves arrive in two
 * calls; a lone surrogate becomes {@code '?'} (the JDK encoder's replacement), a high surrogate still
 * pending when the writer is closed included.
 *
 * <p>{@link #close()} writes what is pending and flushes, but never closes the underlying stream (it belongs
 * to the caller). Not thread-safe: one instance serves one export.
 */
final class Utf8Writer extends Writer {
    /** Bytes buffered before they go to the stream. */
    static final int BUFFER_SIZE = 1 << 14;
    /** Characters copied out of a {@code String} or {@code StringBuilder} at a time. */
    private static final int CHUNK = 1 << 10;
    private static final byte REPLACEMENT = '?';

    private final OutputStream out;
    private final byte[] bytes;
    private final char[] chars = new char[CHUNK];
    private int count;
    /** A high surrogate that ended the last call, waiting for its low half; 0 for none. */
    private char pendingHigh;
    private boolean closed;

    /**
     * Creates a writer over a stream.
     *
     * @param out the stream; flushed by {@link #flush()} and {@link #close()}, never closed
     */
    Utf8Writer(OutputStream out) {
        this(out, BUFFER_SIZE);
    }

    /**
     * Creates a writer with a buffer of a given size (tests use small ones to cross chunk boundaries).
     *
     * @param out the stream
     * @param bufferSize bytes buffered, at least 4
     */
    Utf8Writer(OutputStream out, int bufferSize) {
        this.out = Objects.requireNonNull(out, "out");
        if (bufferSize < 4) {
            throw new IllegalArgumentException("buffer size " + bufferSize + " < 4");
        }
        this.bytes = new byte[bufferSize];
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        encodeOne((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        ensureOpen();
        encode(cbuf, off, off + len);
    }

    @Override
    public void write(String str) throws IOException {
        write(str, 0, str.length());
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, str.length());
        ensureOpen();
        int end = off + len;
        while (off < end) {
            int n = Math.min(CHUNK, end - off);
            str.getChars(off, off + n, chars, 0);
            encode(chars, 0, n);
            off += n;
        }
    }

    @Override
    public Utf8Writer append(char c) throws IOException {
        ensureOpen();
        encodeOne(c);
        return this;
    }

    @Override
    public Utf8Writer append(CharSequence csq) throws IOException {
        CharSequence s = csq == null ? "null" : csq;
        return append(s, 0, s.length());
    }

    @Override
    public Utf8Writer append(CharSequence csq, int start, int end) throws IOException {
        CharSequence s = csq == null ? "null" : csq;
        Objects.checkFromToIndex(start, end, s.length());
        ensureOpen();
        if (s instanceof String) {
            write((String) s, start, end - start);
        } else if (s instanceof StringBuilder) {
            StringBuilder sb = (StringBuilder) s;
            while (start < end) {
                int n = Math.min(CHUNK, end - start);
                sb.getChars(start, start + n, chars, 0);
                encode(chars, 0, n);
                start += n;
            }
        } else {
            for (int i = start; i < end; i++) {
                encodeOne(s.charAt(i));
            }
        }
        return this;
    }

    /** Writes the buffered bytes to the stream and flushes it; a pending high surrogate stays pending. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        drain();
        out.flush();
    }

    /**
     * Writes a pending lone high surrogate as {@code '?'} and the buffered bytes, and flushes the stream;
     * does not close it. Later writes fail; closing again does nothing.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room(1);
            bytes[count++] = REPLACEMENT;
        }
        drain();
        out.flush();
        closed = true;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(bytes, 0, count);
            count = 0;
        }
    }

    /** Makes room for {@code n} more bytes in the buffer. */
    private void room(int n) throws IOException {
        if (count + n > bytes.length) {
            drain();
        }
    }

    private void encodeOne(char c) throws IOException {
        if (c < 0x80 && pendingHigh == 0) {
            room(1);
            bytes[count++] = (byte) c;
        } else {
            chars[0] = c;
            encode(chars, 0, 1);
        }
    }

    private void encode(char[] a, int i, int end) throws IOException {
        if (pendingHigh != 0 && i < end) {
            char high = pendingHigh;
            pendingHigh = 0;
            char c = a[i];
            room(4);
            if (Character.isLowSurrogate(c)) {
                putCodePoint(Character.toCodePoint(high, c));
                i++;
            } else {
                bytes[count++] = REPLACEMENT;
            }
        }
        byte[] b = bytes;
        while (i < end) {
            // ASCII run: as many as fit in the buffer, without further checks
            int stop = Math.min(end, i + (b.length - count));
            int p = count;
            char c;
            while (i < stop && (c = a[i]) < 0x80) {
                b[p++] = (byte) c;
                i++;
            }
            count = p;
            if (i == end) {
                return;
            }
            if (count + 4 > b.length) {
                drain();
                continue;
            }
            c = a[i++];
            if (c < 0x80) {
                b[count++] = (byte) c;
            } else if (c < 0x800) {
                b[count++] = (byte) (0xC0 | (c >> 6));
                b[count++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[count++] = (byte) (0xE0 | (c >> 12));
                b[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[count++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i == end) {
                    pendingHigh = c; // the low half may come with the next call
                } else if (Character.isLowSurrogate(a[i])) {
                    putCodePoint(Character.toCodePoint(c, a[i++]));
                } else {
                    b[count++] = REPLACEMENT;
                }
            } else {
                b[count++] = REPLACEMENT; // a low surrogate without its high half
            }
        }
    }

    /** Puts a supplementary code point (4 bytes); the caller has made room. */
    private void putCodePoint(int cp) {
        byte[] b = bytes;
        b[count++] = (byte) (0xF0 | (cp >> 18));
        b[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[count++] = (byte) (0x80 | (cp & 0x3F));
    }
}
