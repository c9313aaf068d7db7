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
 * <p>There is no way around it: the templates never insert pre-built markup (the few attributes that depend
 * on the plan, such as {@code lang}, are written by macros in the templates). Stateless; one instance serves
 * every render.
 */
public final class HtmlEscaper implements ReferenceInsertionEventHandler {

    /** The shared instance. */
    public static final HtmlEscaper INSTANCE = new HtmlEscaper();

    private HtmlEscaper() {
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null) {
            return value;
        }
        return escape(value.toString());
    }

    /**
     * Escapes text for HTML content and double- or single-quoted attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder sb = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String replacement;
            switch (cp) {
                case '&': replacement = "&amp;"; break;
                case '<': replacement = "&lt;"; break;
                case '>': replacement = "&gt;"; break;
                case '"': replacement = "&quot;"; break;
                case '\'': replacement = "&#39;"; break;
                default: replacement = isForbidden(cp) ? "\uFFFD" : null;
            }
            if (replacement != null) {
                if (sb == null) {
                    sb = new StringBuilder(n + 16).append(text, 0, i);
                }
                sb.append(replacement);
            } else if (sb != null) {
                sb.append(text, i, i + width);
            }
            i += width;
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isForbidden(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        return (cp >= 0x7F && cp <= 0x9F) || Character.isSurrogate((char) cp) && cp <= 0xFFFF
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
