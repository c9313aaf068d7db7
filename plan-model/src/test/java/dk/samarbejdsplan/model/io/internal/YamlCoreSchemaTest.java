package dk.samarbejdsplan.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/** The plan schema's resolver types every scalar as SnakeYAML Engine's core schema does. */
class YamlCoreSchemaTest {
    private static final ScalarResolver CORE = new CoreScalarResolver(true);
    private static final ScalarResolver PLAN = new YamlCoreSchema().getScalarResolver();

    /** The words and numbers the core schema types, their near misses, and plan texts. */
    static final List<String> SAMPLES = List.of("", " ", "  ", "~", "~~", "null", "Null", "NULL", "nULL", "nulls",
            "true", "True", "TRUE", "tRUE", "truer", "false", "False", "FALSE", "falsey", "t", "f", "n", "N", "<<",
            "<<<", "<", "0", "1", "-1", "+1", "007", "0x1F", "0o17", "1e3", "1.5", ".5", ".inf", "-.Inf", ".NaN",
            ".nan", "12345678901234567890", "2007-10-26", "$VAR", "${VAR}", "${VAR:-x}", "name", "notes", "topic",
            "title", "frequency", "termsOfReference", "Min. 4", "Ad hoc", "Greve", "Politidirektøren", "Østjylland",
            "naming", "tryghed", "formatVersion", "yes", "no", "on", "off", "y");

    @Test
    void typesTheSamplesAsTheCoreSchema() {
        for (String sample : SAMPLES) {
            for (boolean implicit : new boolean[] {true, false}) {
                assertEquals(CORE.resolve(sample, implicit), PLAN.resolve(sample, implicit), sample);
            }
        }
    }

    @Property(tries = 3000)
    void typesAnyTextAsTheCoreSchema(@ForAll("texts") String text) {
        assertEquals(CORE.resolve(text, true), PLAN.resolve(text, true), text);
        assertEquals(CORE.resolve(text, false), PLAN.resolve(text, false), text);
    }

    /** Short texts of the characters the core patterns look at, and some others. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("~nNulLtTrRuUeEfFaAsS<$ {}:-+.0123456789xoe_").ofMaxLength(8),
                Arbitraries.of(SAMPLES).map(s -> s + " "),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Test
    void everyParserSharesOneResolver() {
        assertSame(PLAN, new YamlCoreSchema().getScalarResolver());
    }
}
