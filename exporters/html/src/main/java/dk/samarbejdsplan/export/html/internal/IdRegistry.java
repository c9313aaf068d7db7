package dk.samarbejdsplan.export.html.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out ids that are unique within one page and valid whatever the plan's own ids look like: lowercase
 * ASCII letters, digits and hyphens, starting with a letter (Danish letters spelled out: æ→ae, ø→oe, å→aa).
 * Every id of the page goes through one registry: the fixed ones with {@link #reserve}, the others with
 * {@link #unique} or {@link #derived}. Not thread-safe; one per render.
 */
final class IdRegistry {
    private final Set<String> used;
    /** Where {@link #unique} puts an id together (one registry, one thread). */
    private final StringBuilder scratch = new StringBuilder(80);

    /** A registry for a small page. */
    IdRegistry() {
        this(16);
    }

    /**
     * A registry for a page with about {@code expected} ids (sized once, so that it does not grow).
     *
     * @param expected the number of ids the page will probably have
     */
    IdRegistry(int expected) {
        used = new HashSet<>(Math.max(16, (int) (expected / 0.75f) + 1));
    }

    /**
     * Reserves a fixed id of the page.
     *
     * @param id the id
     * @return the id
     */
    String reserve(String id) {
        if (!used.add(id)) {
            throw new IllegalStateException("duplicate fixed id " + id);
        }
        return id;
    }

    /**
     * A new unique id from a prefix and any text.
     *
     * @param prefix a fixed prefix such as {@code forum}
     * @param text the plan's id or name
     * @return {@code prefix-slug}, with {@code -2}, {@code -3}... added when taken
     */
    String unique(String prefix, String text) {
        StringBuilder sb = scratch;
        sb.setLength(0);
        sb.append(prefix).append('-');
        int start = sb.length();
        appendSlug(text, sb);
        return claim(sb.length() == start ? prefix : sb.toString());
    }

    /**
     * A new unique id for something that belongs to an element that already has an id, such as a forum's
     * details heading: {@code id-suffix}, numbered when that is taken (by a plan id that happens to end in the
     * suffix, say).
     *
     * @param id an id this registry handed out
     * @param suffix a fixed suffix of lowercase ASCII letters, such as {@code mere}
     * @return {@code id-suffix}, with {@code -2}, {@code -3}... added when taken
     */
    String derived(String id, String suffix) {
        return claim(id + "-" + suffix);
    }

    /** Claims {@code base}, or the first of {@code base-2}, {@code base-3}... that is free. */
    private String claim(String base) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), 64));
        appendSlug(text, sb);
        return sb.toString();
    }

    /**
     * Appends the slug of a text: lowercase ASCII letters and digits, a hyphen for each run of other
     * characters between them, Danish letters spelled out, at most 60 characters.
     */
    private static void appendSlug(String text, StringBuilder sb) {
        // ASCII text (the usual plan id) lowercases to itself letter by letter: one pass, no copies
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                appendSlug(text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
                        false, sb);
                return;
            }
        }
        appendSlug(text, true, sb);
    }

    /** Appends the slug of {@code s}, lowercased already unless {@code ascii} (then ASCII letters are lowercased). */
    private static void appendSlug(String s, boolean ascii, StringBuilder sb) {
        int start = sb.length();
        boolean hyphen = false;
        for (int i = 0; i < s.length() && sb.length() - start < 60; i++) {
            char c = s.charAt(i);
            if (ascii && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && sb.length() > start) {
                    sb.append('-');
                }
                sb.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
    }
}
