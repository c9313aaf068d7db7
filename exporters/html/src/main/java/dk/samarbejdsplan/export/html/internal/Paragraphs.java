package dk.samarbejdsplan.export.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plan text into paragraphs on blank lines, with a plain character loop (no regular expression, no
 * copies when a text is one paragraph already).
 *
 * <p>A blank line is two line breaks with nothing but spaces, tabs, vertical tabs and form feeds between
 * them. A line break is what {@code \R} matches: CR LF, LF, vertical tab, form feed, CR, NEL (U+0085), U+2028
 * or U+2029; a CR LF is one line break, never split in two, so a lone CR LF is no blank line while CR LF CR LF
 * is one. The result is exactly that of splitting on the regular expression
 * {@code (?>\R)[ \t\x0B\f]*(?>\R)\s*}, dropping blank parts and stripping the others (a test checks this for
 * generated texts).
 */
final class Paragraphs {

    private Paragraphs() {
    }

    /**
     * Splits texts on blank lines, drops empty paragraphs and strips the others.
     *
     * @param texts the texts, each one or more paragraphs
     * @return the paragraphs, unmodifiable
     */
    static List<String> of(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        if (texts.size() == 1) {
            return of(texts.get(0));
        }
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            split(text, out);
        }
        return List.copyOf(out);
    }

    /**
     * Splits one text on blank lines, drops empty paragraphs and strips the others.
     *
     * @param text one or more paragraphs
     * @return the paragraphs, unmodifiable
     */
    static List<String> of(String text) {
        // the usual text: one line, nothing to strip; one pass to find out
        int n = text.length();
        boolean plain = n > 0 && text.charAt(0) > ' ' && text.charAt(n - 1) > ' ';
        for (int i = 0; plain && i < n; i++) {
            char c = text.charAt(i);
            plain = c > '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029';
        }
        if (plain && !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(n - 1))) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>(2);
        split(text, out);
        return List.copyOf(out);
    }

    /** Adds the non-blank, stripped paragraphs of {@code text} to {@code out}. */
    private static void split(String text, List<String> out) {
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            int end = blankLineEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            add(text.substring(start, i), out);
            // \s*: ASCII white space after the blank line belongs to it
            while (end < n && isRegexSpace(text.charAt(end))) {
                end++;
            }
            start = end;
            i = end;
        }
        add(text.substring(start), out);
    }

    private static void add(String part, List<String> out) {
        if (!part.isBlank()) {
            out.add(part.strip());
        }
    }

    /**
     * Where a blank line starting at {@code i} ends, as the regular expression matches it, or -1 if none
     * starts there: a line break, then the longest run of spaces, tabs, vertical tabs and form feeds that is
     * followed by a line break (vertical tab and form feed are line breaks themselves, so backtracking may
     * take the last of them as the second line break).
     */
    private static int blankLineEnd(String text, int i) {
        int first = lineBreakLength(text, i);
        if (first == 0) {
            return -1;
        }
        int n = text.length();
        int j = i + first;
        int k = j;
        while (k < n && isBlankLineSpace(text.charAt(k))) {
            k++;
        }
        int second = lineBreakLength(text, k);
        if (second > 0) {
            return k + second;
        }
        for (int b = k - 1; b >= j; b--) {
            char c = text.charAt(b);
            if (c == '\u000B' || c == '\f') {
                return b + 1;
            }
        }
        return -1;
    }

    /** The length of the line break ({@code \R}) at {@code i}: 2 for CR LF, 1 for another, 0 for none. */
    private static int lineBreakLength(String text, int i) {
        if (i >= text.length()) {
            return 0;
        }
        char c = text.charAt(i);
        if (c > '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
            return 0;
        }
        switch (c) {
            case '\r':
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
            case '\n':
            case '\u000B':
            case '\f':
            case '\u0085':
            case '\u2028':
            case '\u2029':
                return 1;
            default:
                return 0;
        }
    }

    /** {@code [ \t\x0B\f]}: what may stand between the two line breaks of a blank line. */
    private static boolean isBlankLineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
    }

    /** {@code \s} of {@link java.util.regex.Pattern} without flags: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
