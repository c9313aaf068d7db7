package dk.samarbejdsplan.export.pdf.internal;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts ({@code $ref}), so that no plan text can add markup to the XHTML the
 * PDF is laid out from: {@code &}, {@code <}, {@code >}, {@code "} and {@code '} become character references
 * (safe as text and inside quoted attributes), and characters XML 1.0 cannot carry (control characters other
 * than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, and so does every
 * visible character the embedded font cannot draw ({@link Glyphs}). U+FEFF (a byte
 * order mark inside text, invisible) is left out: PDF/UA-1 (7.21.7) forbids it as a glyph's Unicode value.
 * Stateless; one instance serves every render.
 */
public final class XmlEscaper implements ReferenceInsertionEventHandler {

    /** The shared instance. */
    public static final XmlEscaper INSTANCE = new XmlEscaper();

    private XmlEscaper() {
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        return value == null ? null : escape(value.toString());
    }

    /**
     * Escapes text for XML content and quoted attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i); // a lone surrogate comes back as itself
            int length = Character.charCount(cp);
            String replacement = switch (cp) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // an invisible byte order mark inside text: PDF/UA-1 forbids U+FEFF in a font's Unicode mapping
                case '\uFEFF' -> "";
                default -> allowed(cp) && Glyphs.drawn(cp) ? null : "\uFFFD";
            };
            if (replacement == null) {
                if (sb != null) {
                    sb.append(text, i, i + length);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(n + 16).append(text, 0, i);
                }
                sb.append(replacement);
            }
            i += length;
        }
        return sb == null ? text : sb.toString();
    }

    /** Whether XML 1.0 allows a code point (a lone surrogate is not one). */
    private static boolean allowed(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp < 0xD800 || cp >= 0xE000 && cp < 0xFFFE
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
