package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsplan.model.CooperationPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The default {@link PlanExporter#export(CooperationPlan, ExportOptions, java.io.OutputStream)}: the bytes of the
 * JDK's UTF-8 {@link OutputStreamWriter}, closed at the end, for any text in any pieces; the caller's stream is
 * flushed and never closed.
 */
class ByteStreamBridgeTest {

    /** Appends the given pieces, as an exporter appends its output. */
    private static PlanExporter appending(List<String> pieces) {
        return new ExporterRegistryTest.Fixed("pieces", "Pieces") {
            @Override
            public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
                for (String piece : pieces) {
                    out.append(piece);
                }
            }
        };
    }

    private static byte[] jdk(List<String> pieces) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
            for (String piece : pieces) {
                writer.write(piece);
            }
        }
        return expected.toByteArray();
    }

    @Property(tries = 200)
    void anyTextInAnyPiecesGivesTheJdkBytes(@ForAll List<String> pieces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        appending(pieces).export(ExporterRegistryTest.PLAN, ExportOptions.defaults(), out);
        assertArrayEquals(jdk(pieces), out.toByteArray());
    }

    @Test
    void aPairSplitAcrossPiecesIsOneCharacterAndALoneSurrogateAQuestionMark() throws IOException {
        List<String> pieces = List.of("a\uD83D", "\uDE00b", "\uD800", "c\uDC00", "\uD83D");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        appending(pieces).export(ExporterRegistryTest.PLAN, ExportOptions.defaults(), out);
        assertEquals("a\uD83D\uDE00b?c??", out.toString(StandardCharsets.UTF_8));
        assertArrayEquals(jdk(pieces), out.toByteArray());
    }

    @Test
    void theStreamIsFlushedAndNeverClosed() throws IOException {
        boolean[] closed = new boolean[1];
        int[] flushes = new int[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                flushes[0]++;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        appending(List.of("Kredsrådet")).export(ExporterRegistryTest.PLAN, ExportOptions.defaults(), out);
        assertFalse(closed[0]);
        assertEquals(true, flushes[0] > 0);
        assertEquals("Kredsrådet", out.toString(StandardCharsets.UTF_8));
    }
}
