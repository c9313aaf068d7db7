package dk.samarbejdsplan.export.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The character loop of {@link Paragraphs} splits exactly as the regular expression it replaced: a blank line
 * is {@code (?>\R)[ \t\x0B\f]*(?>\R)\s*}; blank parts are dropped, the others stripped.
 */
class ParagraphsTest {
    private static final Pattern BLANK_LINE = Pattern.compile("(?>\\R)[ \\t\\x0B\\f]*(?>\\R)\\s*");

    /** The former implementation, as the reference. */
    private static List<String> byRegex(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            for (String p : BLANK_LINE.split(text)) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        // letters, and every kind of line break and white space the split or strip() treats specially
        return Arbitraries.of('a', 'b', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029',
                '\u00A0', '\u3000', '\u1680', 'æ').list().ofMaxSize(14)
                .map(chars -> {
                    StringBuilder sb = new StringBuilder();
                    chars.forEach(sb::append);
                    return sb.toString();
                });
    }

    @Property(tries = 3000)
    void splitsLikeTheRegularExpression(@ForAll("texts") String text) {
        assertEquals(byRegex(List.of(text)), Paragraphs.of(text), () -> text.chars()
                .mapToObj(c -> String.format(java.util.Locale.ROOT, "U+%04X", c)).toList().toString());
    }

    @Property(tries = 500)
    void splitsListsLikeTheRegularExpression(@ForAll("texts") String a, @ForAll("texts") String b) {
        assertEquals(byRegex(List.of(a, b)), Paragraphs.of(List.of(a, b)));
    }

    @Test
    void examples() {
        assertEquals(List.of("a", "b"), Paragraphs.of("a\n\nb"));
        assertEquals(List.of("a\r\nb"), Paragraphs.of("a\r\nb"), "a lone CRLF is one line break");
        assertEquals(List.of("a", "b"), Paragraphs.of("a\r\n \t\r\nb"));
        assertEquals(List.of("a", "b"), Paragraphs.of("a\n\u000Bb"), "a vertical tab is a line break too");
        assertEquals(List.of("a \u000B b"), Paragraphs.of(" a \u000B b "));
        assertEquals(List.of(), Paragraphs.of(" \n\n\u2028 "));
        assertEquals(List.of("Emne"), Paragraphs.of("Emne"));
        assertEquals(List.of("Emne"), Paragraphs.of("\u3000Emne\u2003"), "strip() removes Unicode white space");
        assertEquals(List.of("Emne\u00A0"), Paragraphs.of("Emne\u00A0"), "a no-break space is no white space");
    }
}
