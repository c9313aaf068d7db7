package dk.samarbejdsplan.model.io.internal;

import java.util.Locale;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Picks how a string is written in YAML so that it reads back exactly, by any YAML 1.1 or 1.2 reader, and
 * stays readable: plain when nothing could be misread, a literal block ({@code |}) for multi-line text of
 * ordinary characters, and double quotes (with escapes) for everything else. SnakeYAML Engine's emitter checks
 * the choice again and falls back to double quotes when a style cannot hold the text.
 */
final class YamlStyles {
    /** Words some YAML reader resolves to a boolean or null when unquoted. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "y", "n", "on", "off",
            "null", "~", "=", "<<");
    private static final int RESERVED_LONGEST = longest(RESERVED);
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlStyles() {
    }

    private static int longest(Set<String> words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    static ScalarStyle styleOf(String text) {
        if (text.isEmpty()) {
            return ScalarStyle.DOUBLE_QUOTED;
        }
        if (text.indexOf('\n') >= 0) {
            return literalSafe(text) ? ScalarStyle.LITERAL : ScalarStyle.DOUBLE_QUOTED;
        }
        return plainSafe(text) ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
    }

    /** Plain is safe for one line of ordinary text that no reader would take for another type. */
    static boolean plainSafe(String text) {
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        if (INDICATORS.indexOf(first) >= 0 || isBlank(first) || isBlank(last) || last == ':') {
            return false;
        }
        // numbers, dates, times, .inf, +1, -1: quote anything starting like one
        if ((first >= '0' && first <= '9') || first == '.' || first == '+') {
            return false;
        }
        // lower-casing never shortens a text: a longer one cannot be a reserved word (no lower-casing then)
        if (text.length() <= RESERVED_LONGEST && RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (text.contains(": ") || text.contains(" #") || text.contains(":\t") || text.contains("\t#")) {
            return false;
        }
        return ordinary(text, false);
    }

    /** A literal block is safe for text of ordinary characters whose lines end without blanks. */
    static boolean literalSafe(String text) {
        if (!ordinary(text, true)) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && isBlank(line.charAt(line.length() - 1))) {
                return false;
            }
        }
        // a first line of only blanks or starting with a blank needs an indentation indicator; keep it simple
        return !isBlank(text.charAt(0));
    }

    /**
     * Whether every character is printable and never changed by a reader: no control characters (a line
     * feed only if allowed), no CR/NEL/LS/PS line breaks a reader would normalise, no byte order mark, no
     * unpaired surrogate, no non-character.
     */
    private static boolean ordinary(String text, boolean lineFeedAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!lineFeedAllowed) {
                    return false;
                }
            } else if (c == '\t') {
                if (!lineFeedAllowed) {
                    return false;
                }
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
