package dk.samarbejdsplan.model.io.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.BaseScalarResolver;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The YAML 1.2 core schema of SnakeYAML Engine ({@link CoreSchema}), with a scalar resolver that gives the
 * same types without running regular expressions for the plain scalars that cannot match one, and one resolver
 * shared by every parser (the core schema makes a new one for each).
 *
 * <p>SnakeYAML Engine's resolver tries, for each plain scalar (every key of a plan file, and most values), the
 * patterns registered for its first character and then those registered for any character (the empty value and
 * {@code null}, {@code Null}, {@code NULL}, {@code ~}, a blank): two or more {@link java.util.regex.Matcher}s
 * per scalar. {@link PlanScalarResolver} records the registrations and skips the patterns when the scalar is
 * longer than any text the known patterns can match, else asks the core resolver. Immutable and thread-safe.
 */
public final class YamlCoreSchema extends CoreSchema {
    private static final ScalarResolver RESOLVER = new PlanScalarResolver();

    @Override
    public ScalarResolver getScalarResolver() {
        return RESOLVER;
    }

    /**
     * The core resolver with a shortcut: a plain scalar longer than the longest text any pattern registered for
     * its first character (or for any character) can match is a string. Only the core schema's word patterns
     * have a known longest match ({@code true}/{@code false}, the nulls, {@code <<}, the empty value); a
     * character with any other pattern registered (the digits, signs and dot of numbers, {@code $}) always goes
     * to the core resolver.
     */
    static final class PlanScalarResolver extends CoreScalarResolver {
        /** No bound: a pattern that can match texts of any length. */
        private static final int UNBOUNDED = Integer.MAX_VALUE;

        /**
         * The longest text the patterns registered for each character can match; filled while the core
         * resolver registers its patterns from its constructor, so no initialiser here (it would run after).
         */
        private Map<Character, Integer> bounds;
        private int anyBound;

        PlanScalarResolver() {
            super(true);
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            super.addImplicitResolver(tag, regexp, first);
            if (bounds == null) {
                bounds = new HashMap<>();
            }
            int longest = longestMatch(regexp);
            if (first == null) {
                anyBound = Math.max(anyBound, longest);
                return;
            }
            for (char c : first.toCharArray()) {
                if (c == 0) {
                    // the core resolver files the character 0 under "any character"
                    anyBound = Math.max(anyBound, longest);
                } else {
                    bounds.merge(c, longest, Math::max);
                }
            }
        }

        /** The longest text a known pattern matches, {@link #UNBOUNDED} for any other pattern. */
        private static int longestMatch(Pattern regexp) {
            if (regexp == BaseScalarResolver.EMPTY) {
                return 0;
            } else if (regexp == CoreScalarResolver.BOOL) {
                return "false".length();
            } else if (regexp == CoreScalarResolver.NULL) {
                return "null".length();
            } else if (regexp == CoreScalarResolver.MERGE) {
                return "<<".length();
            }
            return UNBOUNDED;
        }

        @Override
        public Tag resolve(String value, Boolean implicit) {
            if (Boolean.TRUE.equals(implicit) && !value.isEmpty()) {
                int length = value.length();
                if (length > anyBound) {
                    Integer bound = bounds.get(value.charAt(0));
                    if (bound == null || length > bound) {
                        return Tag.STR;
                    }
                }
            }
            return super.resolve(value, implicit);
        }
    }
}
