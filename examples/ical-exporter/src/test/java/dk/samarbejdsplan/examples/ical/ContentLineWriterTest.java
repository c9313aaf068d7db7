package dk.samarbejdsplan.examples.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The content-line writer, which builds a line in a reused buffer and folds it there, against the plain
 * algorithm ({@link #reference}: escape the text into a string, put the line together, fold it code point by
 * code point), and a line written from parts against the line of the parts put together.
 */
class ContentLineWriterTest {

    private static final char[] ALPHABET = {'a', 'Z', '0', ' ', ';', ',', '\\', ':', '\t', '\r', '\n', '\u0001',
        '\u007f', 'ø', '€', '\u05d0', '\ud83d', '\ude00', '\ud800'};

    @Property(tries = 1000)
    void aTextLineIsEscapedAndFoldedAsRfc5545Says(@ForAll("texts") String text, @ForAll("names") String name)
            throws IOException {
        StringBuilder out = new StringBuilder();
        new ContentLineWriter(out).text(name, text);
        assertEquals(reference(name, escape(text)), out.toString());
    }

    @Property(tries = 500)
    void aValueLineIsFoldedAsRfc5545Says(@ForAll("texts") String value, @ForAll("names") String name)
            throws IOException {
        StringBuilder out = new StringBuilder();
        new ContentLineWriter(out).line(name, value);
        assertEquals(reference(name, value), out.toString());
    }

    @Property(tries = 1000)
    void aLineFromPartsIsTheLineOfThePartsPutTogether(@ForAll("texts") String a, @ForAll("texts") String b,
            @ForAll int n) throws IOException {
        StringBuilder out = new StringBuilder();
        ContentLineWriter writer = new ContentLineWriter(out);
        writer.line("X-FIRST", "a line before, to show the buffer is reused: " + "ø".repeat(60));
        writer.begin("UID").value(2007).value("-").text(a).value("-").text(b).value("-")
                .date(LocalDate.of(2007, 10, 26)).value("-").value(n).value("@samarbejdsplan.dk").end();
        String first = reference("X-FIRST", "a line before, to show the buffer is reused: " + "ø".repeat(60));
        assertEquals(first + reference("UID", escape("2007-" + a + "-" + b + "-20071026-" + n
                + "@samarbejdsplan.dk")), out.toString());
    }

    @Test
    void datesHaveFourDigitYears() throws IOException {
        StringBuilder out = new StringBuilder();
        ContentLineWriter writer = new ContentLineWriter(out);
        writer.date("DTSTART;VALUE=DATE", LocalDate.of(7, 1, 2));
        writer.date("DTEND;VALUE=DATE", LocalDate.of(9999, 12, 31));
        assertEquals("DTSTART;VALUE=DATE:00070102\r\nDTEND;VALUE=DATE:99991231\r\n", out.toString());
        assertEquals("20071213", ContentLineWriter.dateText(LocalDate.of(2007, 12, 13)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.date("DTEND;VALUE=DATE", LocalDate.of(10_000, 1, 1)));
        assertEquals("ICAL-001", e.getMessage().substring(0, 8));
        assertThrows(IllegalArgumentException.class, () -> ContentLineWriter.dateText(LocalDate.of(-1, 1, 1)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(0).ofMaxLength(120);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("SUMMARY", "DESCRIPTION", "X-A-RATHER-LONG-PROPERTY-NAME;WITH=A-PARAMETER");
    }

    /** RFC 5545 TEXT escaping, the plain way. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == ';' || c == ',') {
                escaped.append('\\').append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\n");
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                escaped.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                escaped.append('\uFFFD');
            } else if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The content line {@code name:value}, folded before any code point that would pass 75 octets. */
    private static String reference(String name, String value) {
        String line = name + ":" + value;
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + length > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }
}
