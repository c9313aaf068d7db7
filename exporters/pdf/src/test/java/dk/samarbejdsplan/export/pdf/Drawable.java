package dk.samarbejdsplan.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * What of a text the PDF can show, read from the embedded fonts themselves (with PDFBox's font parser): the
 * exporter ships DejaVu Sans only, which has no recent emoji, no CJK and no mathematical Fraktur, and openhtmltopdf draws right-to-left scripts without its ICU4J module in
 * logical order, which text extraction then reverses. The exporter draws a visible character the font lacks as
 * U+FFFD. {@link #kept} keeps the characters a reader can expect to find in the extracted text in the plan's
 * order: those both faces of the font have, written left to right, other than white space, format characters,
 * combining marks, {@code #} and U+FFFD.
 */
final class Drawable {
    private static final CmapLookup REGULAR = cmap("DejaVuSans.ttf");
    private static final CmapLookup BOLD = cmap("DejaVuSans-Bold.ttf");

    private Drawable() {
    }

    /** Whether both faces of the embedded font have a glyph for the code point. */
    static boolean inFont(int cp) {
        return REGULAR.getGlyphId(cp) != 0 && BOLD.getGlyphId(cp) != 0;
    }

    /** Whether the whole text can be shown and extracted as written (every character in the font, LTR). */
    static boolean fully(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || inFont(cp) && !rtl(cp));
    }

    /** The text reduced to the characters the PDF shows and extraction gives back in order. */
    static String kept(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(cp -> cp != '#' && cp != 0xFFFD && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && inFont(cp) && !rtl(cp) && Character.getType(cp) != Character.FORMAT
                && Character.getType(cp) != Character.NON_SPACING_MARK
                && Character.getType(cp) != Character.ENCLOSING_MARK
                && Character.getType(cp) != Character.CONTROL).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Whether the text has a right-to-left character. */
    static boolean anyRtl(String text) {
        return text.codePoints().anyMatch(Drawable::rtl);
    }

    /** The runs of left-to-right letters the font has (everything else splits them). */
    static java.util.List<String> ltrWords(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetter(cp) && !rtl(cp) && inFont(cp)) {
                sb.appendCodePoint(cp);
            } else if (sb.length() > 0) {
                words.add(sb.toString());
                sb.setLength(0);
            }
        });
        if (sb.length() > 0) {
            words.add(sb.toString());
        }
        return words;
    }

    private static boolean rtl(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_ARABIC_NUMBER;
    }

    private static CmapLookup cmap(String name) {
        try (InputStream in = Drawable.class.getResourceAsStream("/dk/samarbejdsplan/export/pdf/internal/fonts/"
                + name)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
