package dk.samarbejdsplan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void escapesControlsAndBidiOverridesButNotLineBreaksOrText() {
        assertEquals("a\\u001B[31mb\nc\\u000D\\u0009d\\u0085\\u202E\\u2066é€",
                TerminalText.escape("a\u001B[31mb\nc\r\td\u0085\u202E\u2066é€"));
        StringWriter out = new StringWriter();
        PrintWriter writer = TerminalText.wrap(new PrintWriter(out));
        writer.print("x\u0000y\u2069z\n");
        writer.flush();
        assertEquals("x\\u0000y\\u2069z\n", out.toString());
    }
}
