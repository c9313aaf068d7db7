package dk.samarbejdsplan.model.io.internal;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The YAML 1.2 core schema's scalar resolver with one shortcut: a plain scalar that starts with a letter is text,
 * without running the core resolver's regular expressions (two or more per scalar; they took about a seventh of
 * the time to read a plan), unless it could be one of the words below. Of the core schema's patterns only the
 * words {@code null}, {@code Null}, {@code NULL}, {@code true}, {@code True}, {@code TRUE}, {@code false},
 * {@code False} and {@code FALSE} start with a letter: none is longer than five characters and each starts with
 * one of {@code n N t T f F}. Every other scalar goes to the core resolver. {@code PlanScalarResolverTest} keeps the two equal.
 *
 * <p>Immutable and thread-safe: one instance serves every parser ({@link CoreSchema} makes a resolver per call).
 */
final class PlanScalarResolver extends CoreScalarResolver {
    /** The longest text a core-schema pattern for a scalar starting with a letter can match ({@code false}). */
    static final int LONGEST_WORD = 5;
    /** The letters those words start with. */
    static final String WORD_STARTS = "nNtTfF";

    private static final PlanScalarResolver INSTANCE = new PlanScalarResolver();

    /** The YAML 1.2 core schema with this resolver: "no" and "on" stay text. */
    static final Schema SCHEMA = new CoreSchema() {
        @Override
        public ScalarResolver getScalarResolver() {
            return INSTANCE;
        }
    };

    PlanScalarResolver() {
        super(true);
    }

    @Override
    public Tag resolve(String value, Boolean implicit) {
        if (implicit && !value.isEmpty() && Character.isLetter(value.charAt(0))
                && (value.length() > LONGEST_WORD || WORD_STARTS.indexOf(value.charAt(0)) < 0)) {
            return Tag.STR;
        }
        return super.resolve(value, implicit);
    }
}
