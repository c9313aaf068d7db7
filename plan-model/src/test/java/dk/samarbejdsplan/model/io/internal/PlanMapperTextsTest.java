package dk.samarbejdsplan.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The mapper's hand-written check of numbers agrees with the pattern it replaced (dates are read by java.time). */
class PlanMapperTextsTest {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+");

    @Property(tries = 3000)
    void shortDecimalsArePatternMatchesThatFitAnInt(@ForAll("numberLike") String text) {
        if (PlanMapper.isShortDecimal(text)) {
            assertTrue(DECIMAL.matcher(text).matches(), text);
            assertEquals(new java.math.BigInteger(text).intValueExact(), Integer.parseInt(text), text);
        } else if (DECIMAL.matcher(text).matches()) {
            assertTrue(text.replaceFirst("^[-+]", "").length() > 9, text);
        }
    }

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.strings().withChars("0123456789-+ x٣").ofMaxLength(12);
    }
}
