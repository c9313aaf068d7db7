package dk.samarbejdsplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PlanText}: blank is "no visible character", raw is controls and bidirectional overrides. */
class PlanTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\r\n", "\u00A0\u00A0", "\u2007\u202F\u3000", "\u200B", "\u200C\u200D\u2060",
            "\uFEFF", "\u2028\u2029", "\r\n\u00A0\u200B", "\u200E\u200F", "\u0000\u001B"})
    void noVisibleCharacterIsBlank(String text) {
        assertTrue(PlanText.isBlank(text), () -> escape(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", " a ", "\u00A0Æ", "\u200B.", "😀", "\u0301", "שלום", "-"})
    void aVisibleCharacterIsNotBlank(String text) {
        assertFalse(PlanText.isBlank(text), () -> escape(text));
    }

    @Test
    void stringIsBlankIsNotEnough() {
        assertFalse("\u00A0".isBlank());
        assertFalse("\u200B".isBlank());
        assertTrue(PlanText.isBlank("\u00A0"));
        assertTrue(PlanText.isBlank("\u200B"));
    }

    @Test
    void rawCharacters() {
        for (int cp = 0; cp < 0x20; cp++) {
            assertEquals(cp != '\t' && cp != '\n' && cp != '\r', PlanText.isRaw(cp), PlanText.codeOf(cp));
        }
        for (int cp = 0x7F; cp <= 0x9F; cp++) {
            assertTrue(PlanText.isRaw(cp), PlanText.codeOf(cp));
        }
        for (int cp : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertTrue(PlanText.isRaw(cp), PlanText.codeOf(cp));
        }
        for (int cp : new int[] {' ', 'a', 0xA0, 0xA1, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x2065,
                0x206A, 0x2070, 0x061C, 0xFEFF, 0x1F600}) {
            assertFalse(PlanText.isRaw(cp), PlanText.codeOf(cp));
        }
    }

    @Test
    void theFirstRawCharacterIsFound() {
        assertEquals(OptionalInt.empty(), PlanText.firstRaw("Kredsrådet\tog\r\nlokalrådene"));
        assertEquals(OptionalInt.of(3), PlanText.firstRaw("0 f\u001B[2Jejl\u0007"));
        assertEquals(OptionalInt.of(2), PlanText.firstRaw("😀\u202Etxt"));
        assertEquals("U+001B", PlanText.codeOf(0x1B));
        assertEquals("U+202E", PlanText.codeOf(0x202E));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(PlanText.codeOf(cp)).append(' '));
        return out.toString();
    }
}
