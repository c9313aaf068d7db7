package dk.samarbejdsplan.export.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The wrapping edges of {@link LineWriter}, each against the exact text written. */
class LineWriterTest {

    private static String block(int width, String label, String text) throws IOException {
        StringWriter out = new StringWriter();
        new LineWriter(out, width).block(label, text);
        return out.toString();
    }

    @Test
    void spacesInsideALineAreKeptAndDroppedWhereItBreaks() throws IOException {
        assertEquals("aa   bb\ncc\n", block(8, "", "  aa   bb    cc  "));
        assertEquals("aa bb\n", block(5, "", "aa bb \t "));
        assertEquals("a b\n", block(10, "", "a\tb"));
    }

    @Test
    void aWordLongerThanTheWidthStandsAlone() throws IOException {
        assertEquals("Label:\nabcdefghij\nk\n", block(5, "Label:", "abcdefghij k"));
        assertEquals("ab\nabcdefghij\n", block(5, "", "ab abcdefghij"));
    }

    @Test
    void theLabelIsWrappedWithTheTextAndWrittenAloneForNoText() throws IOException {
        assertEquals("Møder om\nåret: 4\n", block(8, "Møder om året:", "4"));
        assertEquals("Lokale enheder:\n", block(80, "Lokale enheder:", " \n \n"));
        assertEquals("", block(80, "", " \r\n "));
    }

    @Test
    void aNonBmpCharacterCountsAsOne() throws IOException {
        String smiles = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"; // three code points, six chars
        assertEquals(smiles + " a\n", block(5, "", smiles + " a"));
        assertEquals(smiles + "\nab\n", block(5, "", smiles + " ab"));
    }

    @Test
    void anEscapedCharacterCountsAsTheSixItIsWrittenAs() throws IOException {
        assertEquals("a\\u001Bb c\n", block(10, "", "a\u001Bb c"));
        assertEquals("a\\u001Bb\nc\n", block(9, "", "a\u001Bb c"));
    }

    @Test
    void lineBreaksAndParagraphs() throws IOException {
        assertEquals("a\nb\nc\nd\ne\nf\n", block(80, "", "a\r\nb\rc\u000Bd\u0085e\u2028f"));
        assertEquals("L: a\n\nb\n\nc\n", block(80, "L:", "a\u2029b\n \t\nc"));
        StringWriter out = new StringWriter();
        LineWriter w = new LineWriter(out, 80);
        assertTrue(w.block("", "a\n\nb"));
        assertFalse(w.block("", "c\nd"));
        assertEquals("a\n\nb\nc\nd\n", out.toString());
    }

    @Test
    void blankLinesNeverAtTheStartNorTwoInARow() throws IOException {
        StringWriter out = new StringWriter();
        LineWriter w = new LineWriter(out, 80);
        w.heading("Title");
        w.blankLine();
        w.heading("Next");
        w.block("", "text");
        assertEquals("Title\n\nNext\n\ntext\n", out.toString());
    }
}
