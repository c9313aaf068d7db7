package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.html.internal.view.Html;
import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts ({@code $ref}), so that no plan text can add markup: {@code &},
 * {@code <}, {@code >}, {@code "} and {@code '} become character references, which makes a value safe both
 * as text and inside a quoted attribute. Characters HTML cannot carry (C0 and C1 controls other than tab,
 * line feed and carriage return, lone surrogates, the noncharacters U+FFFE/U+FFFF and the like) become
 * U+FFFD.
 *
 * <p>The one exception is {@link Html}: markup the exporter writes itself (the rows of the forum tables), whose
 * plan text it escaped with this class as it wrote it; a template cannot make one. Every other value is
 * escaped, including in override templates. Stateless; one instance serves every render.
 */
public final class HtmlEscaper implements ReferenceInsertionEventHandler {

    /** The shared instance. */
    public static final HtmlEscaper INSTANCE = new HtmlEscaper();

    private HtmlEscaper() {
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Html) {
            return value; // Html: markup the exporter wrote, its plan text escaped already
        }
        return escape(value.toString());
    }

    /**
     * Escapes text as {@link #escape(String)} does, writing it straight to {@code out}.
     *
     * @param text the text
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void escape(String text, Writer out) throws IOException {
        int n = text.length();
        int i = 0;
        while (i < n && isPlain(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            out.write(text);
        } else {
            out.write(escape(text));
        }
    }

    /**
     * Escapes text for HTML content and double- or single-quoted attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && isPlain(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text; // the usual case: nothing to escape, nothing copied
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (isPlain(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
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
                        sb.append(text, i, i + width);
                    }
            }
            i += width;
        }
        return sb.toString();
    }

    /**
     * Whether a character is kept as it is whatever surrounds it: not one of {@code & < > " '}, not a control
     * character other than tab, line feed and carriage return, not a surrogate (checked in pairs by the slow
     * path) and not a noncharacter.
     */
    private static boolean isPlain(char c) {
        if (c < 0x80) {
            return PLAIN_ASCII[c];
        }
        return c >= 0xA0 && (c < 0xD800 || (c >= 0xE000 && c < 0xFDD0) || (c > 0xFDEF && c < 0xFFFE));
    }

    /** {@link #isPlain} for ASCII: printable characters but {@code & < > " '} and DEL, and tab, LF, CR. */
    private static final boolean[] PLAIN_ASCII = new boolean[0x80];

    static {
        for (char c = 0x20; c < 0x7F; c++) {
            PLAIN_ASCII[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
        }
        PLAIN_ASCII['\t'] = true;
        PLAIN_ASCII['\n'] = true;
        PLAIN_ASCII['\r'] = true;
    }

    private static boolean isForbidden(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        return (cp >= 0x7F && cp <= 0x9F) || Character.isSurrogate((char) cp) && cp <= 0xFFFF
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
