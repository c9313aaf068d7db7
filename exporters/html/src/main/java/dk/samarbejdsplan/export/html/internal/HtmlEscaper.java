package dk.samarbejdsplan.export.html.internal;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts ({@code $ref}), so that no plan text can add markup: {@code &},
 * {@code <}, {@code >}, {@code "} and {@code '} become character references, which makes a value safe both
 * as text and inside a quoted attribute. Characters HTML cannot carry (C0 and C1 controls other than tab,
 * line feed and carriage return, lone surrogates, the noncharacters U+FFFE/U+FFFF and the like) become
 * U+FFFD.
 *
 * <p>Every value is escaped, exactly once, here, in the built-in templates and in override templates alike: the
 * view holds plain text only and all markup is in the templates. Stateless; one instance serves every render.
 */
public final class HtmlEscaper implements ReferenceInsertionEventHandler {

    /** The shared instance. */
    public static final HtmlEscaper INSTANCE = new HtmlEscaper();

    /** Which ASCII characters {@link #isPlain} keeps: one table look-up per character of the usual value. */
    private static final boolean[] ASCII_PLAIN = new boolean[0x80];

    static {
        for (char c = 0x20; c < 0x7F; c++) {
            ASCII_PLAIN[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
        }
        ASCII_PLAIN['\t'] = true;
        ASCII_PLAIN['\n'] = true;
        ASCII_PLAIN['\r'] = true;
    }

    private HtmlEscaper() {
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        return value == null ? null : escape(value.toString());
    }

    /**
     * Escapes text for HTML content and double- or single-quoted attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && isPlain(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text; // most values: nothing to escape, nothing copied
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            switch (cp) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default:
                    if (isForbidden(cp)) {
                        sb.append('\uFFFD');
                    } else {
                        sb.appendCodePoint(cp);
                    }
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * Whether a character is kept as it is, whatever surrounds it: printable ASCII other than {@code & < > " '},
     * tab and line breaks, and the characters from U+00A0 that are neither surrogates nor noncharacters.
     */
    private static boolean isPlain(char c) {
        if (c < 0x80) {
            return ASCII_PLAIN[c];
        }
        return c >= 0xA0 && (c < 0xD800 || (c >= 0xE000 && c < 0xFDD0) || (c > 0xFDEF && c < 0xFFFE));
    }

    /**
     * Whether HTML cannot carry a character: a control character other than tab, line feed and carriage return,
     * a lone surrogate, a noncharacter.
     */
    private static boolean isForbidden(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        return (cp >= 0x7F && cp <= 0x9F) || Character.isSurrogate((char) cp) && cp <= 0xFFFF
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
