package dk.samarbejdsplan.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** {@link Glyphs} against the embedded font's own character maps. */
class GlyphsTest {

    @Test
    void bothFacesHaveEveryCharacterOfTheCoveredRanges() throws IOException {
        CmapLookup regular = cmap(PdfWriter.REGULAR);
        CmapLookup bold = cmap(PdfWriter.BOLD);
        for (int[] range : Glyphs.COVERED) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                assertTrue(regular.getGlyphId(cp) != 0 && bold.getGlyphId(cp) != 0,
                        String.format("U+%04X is in a covered range but not in both faces", cp));
            }
        }
    }

    @Test
    void everyOtherVisibleCharacterIsDrawnExactlyWhenBothFacesHaveIt() throws IOException {
        CmapLookup regular = cmap(PdfWriter.REGULAR);
        CmapLookup bold = cmap(PdfWriter.BOLD);
        int replaced = 0;
        for (int cp = 0x80; cp <= 0x1FFFF; cp++) {
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.SURROGATE || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp) || type == Character.FORMAT || type == Character.CONTROL
                    || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            boolean inFont = regular.getGlyphId(cp) != 0 && bold.getGlyphId(cp) != 0;
            assertEquals(inFont, Glyphs.drawn(cp), String.format("U+%04X", cp));
            replaced += inFont ? 0 : 1;
        }
        assertTrue(replaced > 10_000, "the font lacks CJK, recent emoji and more: " + replaced);
        assertTrue(Glyphs.drawn('a') && Glyphs.drawn('\u200B') && Glyphs.drawn('\u0301'), "ASCII, format, marks");
    }

    private static CmapLookup cmap(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font)).getUnicodeCmapLookup();
    }
}
