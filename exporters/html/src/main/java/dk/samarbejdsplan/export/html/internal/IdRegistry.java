package dk.samarbejdsplan.export.html.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out ids that are unique within one page and valid whatever the plan's own ids look like: lowercase
 * ASCII letters, digits and hyphens, starting with a letter (Danish letters spelled out: æ→ae, ø→oe, å→aa).
 * Not thread-safe; one per render.
 */
final class IdRegistry {
    private final Set<String> used = new HashSet<>();

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
        String slug = slug(text);
        String base = slug.isEmpty() ? prefix : prefix + "-" + slug;
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < s.length() && sb.length() < 60; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return sb.toString();
    }
}
