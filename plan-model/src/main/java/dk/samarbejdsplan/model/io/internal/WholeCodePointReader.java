package dk.samarbejdsplan.model.io.internal;

import java.io.Reader;
import java.util.Objects;

/**
 * A reader of a string that never ends a read of more than one character between the two halves of a
 * surrogate pair (an emoji, for example).
 *
 * <p>It works around a bug in SnakeYAML Engine 3.0.1: its {@code StreamReader} fills its whole buffer
 * ({@code bufferSize + 1} characters) and, when the last character is a high surrogate, reads one more into
 * the slot past the end, which throws {@code IndexOutOfBoundsException} for any document with a
 * supplementary character at that position. Keeping pairs together avoids that path.
 */
public final class WholeCodePointReader extends Reader {
    private final String text;
    private int next;

    /**
     * @param text the text to read
     */
    public WholeCodePointReader(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** @return the length of the whole text, in characters */
    public int length() {
        return text.length();
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - next);
        if (n > 1 && Character.isHighSurrogate(text.charAt(next + n - 1))) {
            n--;
        }
        text.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    @Override
    public int read() {
        return next < text.length() ? text.charAt(next++) : -1;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
