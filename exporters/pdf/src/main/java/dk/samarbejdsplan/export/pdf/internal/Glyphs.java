package dk.samarbejdsplan.export.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * What the embedded font can draw, from the character maps of both its faces (read once with PDFBox's font
 * parser). The exporter ships DejaVu Sans only: it has no emoji, no CJK, no historic scripts. openhtmltopdf draws
 * nothing at all for such a character outside the Basic Multilingual Plane, so a heading of only such characters
 * would vanish from the page and from the structure tree (a heading level skipped: PDF/UA-1 rule 7.4.2-1).
 * {@link XmlEscaper} turns every visible character the font lacks into U+FFFD, which it has: the reader sees that
 * something is there, and no heading is ever empty.
 */
final class Glyphs {
    /**
     * Ranges both faces have every character of (checked against the font by {@code GlyphsTest}): ASCII,
     * Latin-1 and Latin Extended-A/B, the dashes, quotes and other punctuation, the currency signs to U+20B5. A
     * Danish plan needs nothing else, and then the font's character maps are never read (they cost about
     * 150 ms of a cold start).
     */
    static final int[][] COVERED = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x2010, 0x2027}, {0x2030, 0x205E},
        {0x20A0, 0x20B5}};

    /** The character maps of both faces, read on first use. */
    private static final class Maps {
        static final CmapLookup REGULAR = cmap(PdfWriter.REGULAR);
        static final CmapLookup BOLD = cmap(PdfWriter.BOLD);
    }

    private Glyphs() {
    }

    /**
     * Whether the character is drawn as it is: both faces have it, or it is not meant to be seen by itself (white
     * space, a format or control character, a combining mark).
     *
     * @param codePoint a code point
     * @return whether it needs no replacement
     */
    static boolean drawn(int codePoint) {
        if (codePoint < 0x80) {
            return true; // ASCII: printable, or a control character, which is not meant to be drawn
        }
        for (int[] range : COVERED) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return true;
            }
        }
        int type = Character.getType(codePoint);
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return true;
        }
        return Maps.REGULAR.getGlyphId(codePoint) != 0 && Maps.BOLD.getGlyphId(codePoint) != 0;
    }

    private static CmapLookup cmap(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font)).getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded font cannot be read", e);
        }
    }
}
