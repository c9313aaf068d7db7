package dk.samarbejdsplan.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/** The shortcut resolver gives the core schema's tag for every scalar: the core resolver is the oracle. */
class PlanScalarResolverTest {
    private static final ScalarResolver CORE = new CoreScalarResolver(true);
    private static final ScalarResolver PLAN = PlanScalarResolver.SCHEMA.getScalarResolver();

    @Test
    void everyWordAndNumberOfTheCoreSchemaResolvesAsThere() {
        for (String value : List.of("", " ", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False",
                "FALSE", "nulls", "falsey", "Falsehood", "yes", "no", "on", "off", "0", "-1", "+12", "0o17", "0x1F",
                "1.5", "-.5", "1e3", ".inf", "-.Inf", ".NaN", "${HOME}", "Kredsrådet", "Politidirektøren",
                "Midt- og Vestsjællands Politi", "Æblegrød", "éclair", "Min. 4 (2 i 2007)", "2007-10-26")) {
            for (boolean implicit : new boolean[] {true, false}) {
                assertEquals(CORE.resolve(value, implicit), PLAN.resolve(value, implicit), value + " " + implicit);
            }
        }
    }

    @Property(tries = 2000)
    void sameTagAsTheCoreResolver(@ForAll("scalars") String value, @ForAll boolean implicit) {
        assertEquals(CORE.resolve(value, implicit), PLAN.resolve(value, implicit), value);
    }

    @Provide
    Arbitrary<String> scalars() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "~", ".inf",
                        ".nan", "0x", "0o", "e", "E", "${", "}", " ", "."),
                Arbitraries.strings().withChars("-+.0123456789eExXoabcfnltruNTF~$ ").ofMaxLength(4),
                Arbitraries.strings().alpha().ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(6));
        return pieces.list().ofMaxSize(3).map(l -> String.join("", l));
    }
}
