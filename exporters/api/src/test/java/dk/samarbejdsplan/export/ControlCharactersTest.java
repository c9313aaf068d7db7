package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void controlsAndBidiFormattingAreWrittenVisibly() {
        assertEquals("\\u001B[2J0 fejl", ControlCharacters.escape("\u001B[2J0 fejl"));
        assertEquals("a\\u0000b\\u0007c\\u007Fd\\u0085e\\u009Bf", ControlCharacters.escape("a\u0000b\u0007c\u007Fd\u0085e\u009Bf"));
        assertEquals("\\u202Eevil\\u202C \\u2066x\\u2069", ControlCharacters.escape("\u202Eevil\u202C \u2066x\u2069"));
        assertEquals("\\u000B\\u000C", ControlCharacters.escape("\u000B\u000C"));
    }

    @Test
    void whatTheFormatsNeedAndOrdinaryTextAreKept() {
        String text = "Kredsrådet\tlinje\r\nny\n \u00A0\u200B\u2028\u2029 😀 שלום \u200F";
        assertSame(text, ControlCharacters.escape(text));
        for (char c : new char[] {'\t', '\n', '\r', ' ', 'a', '\u00A0', '\u2029', '\u2065', '\u206A', '\u2029'}) {
            assertFalse(ControlCharacters.isEscaped(c), () -> Integer.toHexString(c));
        }
        for (int c = 0; c < 0x10000; c++) {
            boolean expected = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            assertEquals(expected, ControlCharacters.isEscaped((char) c), Integer.toHexString(c));
        }
        assertTrue(ControlCharacters.isEscaped('\u202A'));
    }
}
