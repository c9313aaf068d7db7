package dk.samarbejdsplan.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The mapper's hand-written checks of dates and numbers agree with the patterns they replaced. */
class PlanMapperTextsTest {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+");

    @Property(tries = 3000)
    void isoDatesAreWhatThePatternMatches(@ForAll("dateLike") String text) {
        assertEquals(ISO_DATE.matcher(text).matches(), PlanMapper.isIsoDate(text), text);
    }

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
    Arbitrary<String> dateLike() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789-").ofLength(10),
                Arbitraries.strings().withChars("0123456789-x٣ ").ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.strings().withChars("0123456789-+ x٣").ofMaxLength(12);
    }
}
