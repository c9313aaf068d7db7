package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Writer} writes exactly the bytes of the JDK's {@code OutputStreamWriter} for UTF-8 (closed at the
 * end), for arbitrary text (astral characters, lone surrogates, Danish letters) written through every
 * {@link Writer}/{@link Appendable} method in arbitrary pieces, across buffer boundaries; and it never closes
 * the caller's stream.
 */
class Utf8WriterTest {

    /** One call on a writer. */
    enum Kind {
        WRITE_INT, WRITE_CHARS, WRITE_CHARS_RANGE, WRITE_STRING, WRITE_STRING_RANGE, APPEND_CHAR,
        APPEND_STRING, APPEND_STRING_BUILDER, APPEND_OTHER_SEQUENCE, APPEND_STRING_RANGE,
        APPEND_STRING_BUILDER_RANGE, APPEND_OTHER_SEQUENCE_RANGE, FLUSH
    }

    /** A call with its text; {@code a} and {@code b} choose a range inside the text ({@code a = 0, b < 0}: all). */
    record Op(Kind kind, String text, int a, int b) {
        void apply(Writer w) throws IOException {
            int n = text.length();
            int start = n == 0 ? 0 : a % (n + 1);
            int end = b < 0 ? n : start + (n - start == 0 ? 0 : b % (n - start + 1));
            switch (kind) {
                case WRITE_INT -> {
                    for (int i = 0; i < n; i++) {
                        w.write(text.charAt(i) | (a << 16)); // the high bits are ignored
                    }
                }
                case WRITE_CHARS -> w.write(text.toCharArray());
                case WRITE_CHARS_RANGE -> w.write(text.toCharArray(), start, end - start);
                case WRITE_STRING -> w.write(text);
                case WRITE_STRING_RANGE -> w.write(text, start, end - start);
                case APPEND_CHAR -> {
                    for (int i = 0; i < n; i++) {
                        w.append(text.charAt(i));
                    }
                }
                case APPEND_STRING -> w.append(text);
                case APPEND_STRING_BUILDER -> w.append(new StringBuilder(text));
                case APPEND_OTHER_SEQUENCE -> w.append(CharBuffer.wrap(text));
                case APPEND_STRING_RANGE -> w.append(text, start, end);
                case APPEND_STRING_BUILDER_RANGE -> w.append(new StringBuilder(text), start, end);
                case APPEND_OTHER_SEQUENCE_RANGE -> w.append(CharBuffer.wrap(text), start, end);
                case FLUSH -> w.flush();
                default -> throw new AssertionError(kind);
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ascii = Arbitraries.chars().range('\u0000', '\u007f').map(String::valueOf);
        Arbitrary<String> danish = Arbitraries.of("æ", "ø", "å", "Æ", "Ø", "Å", "é", "§", "\u00a0");
        Arbitrary<String> twoBytes = Arbitraries.chars().range('\u0080', '\u07ff').map(String::valueOf);
        Arbitrary<String> threeBytes = Arbitraries.chars().range('\u0800', '\uffff')
                .filter(c -> !Character.isSurrogate(c)).map(String::valueOf);
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Arbitrary<String> high = Arbitraries.chars().range('\ud800', '\udbff').map(String::valueOf);
        Arbitrary<String> low = Arbitraries.chars().range('\udc00', '\udfff').map(String::valueOf);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, ascii), net.jqwik.api.Tuple.of(10, danish),
                net.jqwik.api.Tuple.of(5, twoBytes), net.jqwik.api.Tuple.of(5, threeBytes),
                net.jqwik.api.Tuple.of(8, astral), net.jqwik.api.Tuple.of(4, high),
                net.jqwik.api.Tuple.of(4, low));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(Kind.class), texts(),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(-1, 1000)).as(Op::new);
        return op.list().ofMaxSize(30);
    }

    @Property(tries = 2000)
    void callsInAnyMixGiveTheJdkBytes(@ForAll("ops") List<Op> ops, @ForAll @IntRange(min = 4, max = 40) int buffer)
            throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
            for (Op op : ops) {
                op.apply(jdk);
            }
        }
        RecordingStream actual = new RecordingStream();
        Writer ours = new Utf8Writer(actual, buffer);
        for (Op op : ops) {
            op.apply(ours);
        }
        ours.close();
        assertArrayEquals(expected.toByteArray(), actual.bytes.toByteArray(), () -> describe(ops));
        assertFalse(actual.closed, "the caller's stream is never closed");
        assertTrue(actual.largestWrite <= buffer, "chunks no larger than the buffer");
    }

    @Property(tries = 1000)
    void anyStringSplitAnywhereGivesTheJdkBytes(@ForAll("texts") String text, @ForAll @IntRange(max = 200) int cut,
            @ForAll("kinds") Kind first, @ForAll("kinds") Kind second) throws IOException {
        int at = text.isEmpty() ? 0 : cut % (text.length() + 1);
        List<Op> ops = List.of(new Op(first, text.substring(0, at), 0, -1),
                new Op(second, text.substring(at), 0, -1));
        byte[] expected = jdk(ops);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer ours = new Utf8Writer(bytes);
        for (Op op : ops) {
            op.apply(ours);
        }
        ours.close();
        assertArrayEquals(expected, bytes.toByteArray(), () -> describe(ops));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), expected,
                "String.getBytes agrees with the JDK writer (both replace lone surrogates by '?')");
    }

    @Provide
    Arbitrary<Kind> kinds() {
        return Arbitraries.of(Kind.class).filter(k -> k != Kind.FLUSH);
    }

    @Property(tries = 200)
    void longTextsCrossTheDefaultBufferAndTheCopyChunk(@ForAll("texts") @Size(max = 40) String piece,
            @ForAll @IntRange(min = 1, max = 3000) int times, @ForAll("kinds") Kind kind) throws IOException {
        String text = piece.repeat(times);
        List<Op> ops = List.of(new Op(kind, text, 0, -1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer ours = new Utf8Writer(bytes);
        ops.get(0).apply(ours);
        ours.close();
        assertArrayEquals(jdk(ops), bytes.toByteArray());
    }

    @Test
    void aPairSplitAcrossTwoCallsIsOneCharacter() throws IOException {
        assertBytes("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), w -> {
            w.append('\uD83D');
            w.append("\uDE00");
        });
        assertBytes(new byte[] {'a', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, w -> {
            w.write("a\uD83D");
            w.flush(); // a flush between the halves does not break the pair
            w.write(new char[] {'\uDE00'});
        });
    }

    @Test
    void loneSurrogatesBecomeQuestionMarks() throws IOException {
        assertBytes(new byte[] {'a', '?', 'b'}, w -> w.write("a\uD800b"));
        assertBytes(new byte[] {'?', 'x'}, w -> w.write("\uDC00x"));
        assertBytes(new byte[] {'a', '?'}, w -> w.write("a\uD800")); // pending at close
        assertBytes(new byte[] {'?', '?'}, w -> {
            w.append('\uD800');
            w.append('\uD800');
        });
    }

    @Test
    void closeFlushesButNeverClosesTheStream() throws IOException {
        RecordingStream stream = new RecordingStream();
        Utf8Writer w = new Utf8Writer(stream);
        w.write("Dansk tekst: æøå");
        assertEquals(0, stream.bytes.size(), "buffered until flushed");
        w.close();
        assertEquals("Dansk tekst: æøå", stream.bytes.toString(StandardCharsets.UTF_8));
        assertTrue(stream.flushes > 0);
        assertFalse(stream.closed);
        w.close(); // again: nothing
        assertThrows(IOException.class, () -> w.write("x"));
        assertThrows(IOException.class, () -> w.append("x"));
        assertThrows(IOException.class, w::flush);
    }

    @Test
    void appendOfNullWritesNullAsTheJdkDoes() throws IOException {
        assertBytes("nullll".getBytes(StandardCharsets.US_ASCII), w -> {
            w.append(null);
            w.append(null, 2, 4);
        });
    }

    @Test
    void badRangesAreRejectedLikeTheJdk() {
        Utf8Writer w = new Utf8Writer(new ByteArrayOutputStream());
        assertThrows(IndexOutOfBoundsException.class, () -> w.write("abc", 2, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> w.write(new char[2], -1, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> w.append("abc", 2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> w.append(new StringBuilder("abc"), 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new Utf8Writer(new ByteArrayOutputStream(), 3));
    }

    @Test
    void theDefaultByteExportGoesThroughTheBridgeAndLeavesTheStreamOpen() throws IOException {
        PlanExporter exporter = new PlanExporter() {
            @Override
            public String id() {
                return "fake";
            }

            @Override
            public String displayName() {
                return "Fake";
            }

            @Override
            public String mediaType() {
                return "text/plain";
            }

            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
                out.append("Rødovre ").append(new StringBuilder("Kommune \uD83D"));
                out.append("x\uDE00", 1, 2).append('\uD800');
            }
        };
        RecordingStream stream = new RecordingStream();
        exporter.export(null, ExportOptions.defaults(), stream);
        byte[] expected = "Rødovre Kommune \uD83D\uDE00?".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, stream.bytes.toByteArray());
        assertFalse(stream.closed);
        assertTrue(stream.flushes > 0);
    }

    private interface Calls {
        void on(Writer w) throws IOException;
    }

    private static void assertBytes(byte[] expected, Calls calls) throws IOException {
        ByteArrayOutputStream jdkBytes = new ByteArrayOutputStream();
        try (Writer jdk = new OutputStreamWriter(jdkBytes, StandardCharsets.UTF_8)) {
            calls.on(jdk);
        }
        assertArrayEquals(expected, jdkBytes.toByteArray(), "the JDK's bytes");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer ours = new Utf8Writer(bytes, 4);
        calls.on(ours);
        ours.close();
        assertArrayEquals(expected, bytes.toByteArray(), "our bytes");
    }

    private static byte[] jdk(List<Op> ops) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
            for (Op op : ops) {
                op.apply(jdk);
            }
        }
        return expected.toByteArray();
    }

    private static String describe(List<Op> ops) {
        List<String> s = new ArrayList<>();
        for (Op op : ops) {
            StringBuilder t = new StringBuilder();
            op.text().chars().forEach(c -> t.append(String.format(java.util.Locale.ROOT, "\\u%04x", c)));
            s.add(op.kind() + "(" + t + ", " + op.a() + ", " + op.b() + ")");
        }
        return String.join(" ", s);
    }

    /** Records what reaches the stream: the bytes, the largest write, flushes, close. */
    private static final class RecordingStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int largestWrite;
        int flushes;
        boolean closed;

        @Override
        public void write(int b) {
            bytes.write(b);
            largestWrite = Math.max(largestWrite, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            largestWrite = Math.max(largestWrite, len);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
