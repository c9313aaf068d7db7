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
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement;
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = "&quot;";
                case '\'' -> replacement = "&#39;";
                // an invisible byte order mark inside text: PDF/UA-1 forbids U+FEFF in a font's Unicode mapping
                case '\uFEFF' -> replacement = "";
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        if (Glyphs.drawn(Character.toCodePoint(c, text.charAt(i + 1)))) {
                            if (sb != null) {
                                sb.append(c).append(text.charAt(i + 1));
                            }
                            i++;
                            continue;
                        }
                        if (sb == null) {
                            sb = new StringBuilder(n + 16).append(text, 0, i);
                        }
                        sb.append(Glyphs.replacement());
                        i++;
                        continue;
                    }
                    replacement = allowed(c) && Glyphs.drawn(c) ? null : "\uFFFD";
                }
            }
            if (replacement == null) {
                if (sb != null) {
                    sb.append(c);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(n + 16).append(text, 0, i);
                }
                sb.append(replacement);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Whether XML 1.0 allows a single char (a surrogate is only allowed as half of a pair, checked above). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE;
    }
}
