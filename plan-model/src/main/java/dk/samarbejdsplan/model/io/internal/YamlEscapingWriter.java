package dk.samarbejdsplan.model.io.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * The writer between SnakeYAML Engine's emitter and the plan writer's target: it escapes the invisible
 * characters U+2028, U+2029 and U+FEFF as YAML escapes (a backslash, {@code u} and the four hex digits),
 * buffers what it is given (the emitter writes many tiny pieces) and remembers the last character it passed on.
 *
 * <p>The three characters can only occur inside double-quoted scalars ({@link YamlStyles} never writes them
 * plain or in a block), where SnakeYAML Engine writes them raw; YAML 1.1 readers break lines there and people
 * cannot see them. Replacing them in the emitted text, character by character as it streams past, gives
 * exactly the text of replacing them in the whole document afterwards.
 *
 * <p>{@link #close()} flushes but does not close the target: the plan writer's caller owns it. Not
 * thread-safe (one per write).
 */
public final class YamlEscapingWriter extends Writer {
    private static final int BUFFER_SIZE = 8192;

    private final Writer target;
    private final char[] buffer = new char[BUFFER_SIZE];
    private int used;
    private int last = -1;

    /**
     * @param target where the escaped text goes
     */
    public YamlEscapingWriter(Writer target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** @return the last character passed on, or -1 if none yet */
    public int lastChar() {
        return last;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, chars.length);
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length());
        for (int i = offset, end = offset + length; i < end; i++) {
            put(text.charAt(i));
        }
    }

    private void put(char c) throws IOException {
        if (c >= '\u2028' && (c == '\u2028' || c == '\u2029' || c == '\uFEFF')) {
            escape(c);
            return;
        }
        if (used == BUFFER_SIZE) {
            drain();
        }
        buffer[used++] = c;
        last = c;
    }

    private void escape(char c) throws IOException {
        String escape = c == '\u2028' ? "\\u2028" : c == '\u2029' ? "\\u2029" : "\\uFEFF";
        for (int i = 0; i < escape.length(); i++) {
            put(escape.charAt(i));
        }
    }

    private void drain() throws IOException {
        if (used > 0) {
            target.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        target.flush();
    }

    /** Flushes; the target stays open. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
