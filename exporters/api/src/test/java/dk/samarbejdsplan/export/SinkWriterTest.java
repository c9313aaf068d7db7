package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SinkWriterTest {

    @Test
    void handsEveryPieceToTheSinkInOrder() throws IOException {
        StringBuilder expected = new StringBuilder();
        StringBuilder out = new StringBuilder();
        SinkWriter sink = new SinkWriter(out);
        for (int i = 0; i < 5000; i++) {
            String piece = "æøå-" + i + (i % 7 == 0 ? "x".repeat(9000) : "");
            sink.write(piece);
            sink.append('|');
            sink.append("abcdef", 1, 3);
            expected.append(piece).append('|').append("bc");
        }
        sink.flush();
        assertEquals(expected.toString(), out.toString());
    }

    @Test
    void buffersUntilFlushedAndNeverClosesTheSink() throws IOException {
        boolean[] closed = {false};
        StringWriter target = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        SinkWriter sink = new SinkWriter(target);
        sink.write("kredsråd");
        assertEquals("", target.toString());
        sink.close();
        assertEquals("kredsråd", target.toString());
        assertFalse(closed[0]);
    }
}
