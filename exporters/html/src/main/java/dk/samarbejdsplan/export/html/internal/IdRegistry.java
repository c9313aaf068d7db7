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
        return claim(slug.isEmpty() ? prefix : prefix + "-" + slug);
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
