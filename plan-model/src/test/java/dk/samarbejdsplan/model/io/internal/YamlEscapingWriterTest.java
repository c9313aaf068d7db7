package dk.samarbejdsplan.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link YamlEscapingWriter} gives what the plan writer gave when it replaced the three invisible characters in
 * the whole text afterwards, however the text is cut into pieces.
 */
class YamlEscapingWriterTest {

    /** What the plan writer did with the whole text before it streamed. */
    private static String replacedAfterwards(String text) {
        return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\uFEFF", "\\uFEFF");
    }

    @Property
    void escapesLikeReplacingTheWholeText(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 50) int piece,
            @ForAll @IntRange(min = 0, max = 2) int way) throws IOException {
        StringWriter target = new StringWriter();
        YamlEscapingWriter writer = new YamlEscapingWriter(target);
        for (int start = 0; start < text.length(); start += piece) {
            int end = Math.min(text.length(), start + piece);
            if (way == 0) {
                writer.write(text, start, end - start);
            } else if (way == 1) {
                char[] padded = ("<" + text.substring(start, end) + ">").toCharArray();
                writer.write(padded, 1, end - start);
            } else {
                for (int i = start; i < end; i++) {
                    writer.write(text.charAt(i));
                }
            }
        }
        writer.flush();
        String expected = replacedAfterwards(text);
        assertEquals(expected, target.toString());
        assertEquals(expected.isEmpty() ? -1 : expected.charAt(expected.length() - 1), writer.lastChar());
    }

    /** Text of ordinary and invisible characters, up to several buffers long. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab \n\"\\æ\u2028\u2029\uFEFF\u2027\u202A\uFEFE\uFFFF")
                .ofMaxLength(30_000);
    }

    @Test
    void closingFlushesButLeavesTheTargetOpen() throws IOException {
        boolean[] closed = {false};
        StringWriter text = new StringWriter();
        java.io.Writer target = new java.io.FilterWriter(text) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        YamlEscapingWriter writer = new YamlEscapingWriter(target);
        writer.write("a\u2029b");
        writer.close();
        assertEquals("a\\u2029b", text.toString());
        assertFalse(closed[0]);
    }
}
