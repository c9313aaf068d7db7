package dk.samarbejdsplan.export.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The escaper: inert in text and in quoted attributes, and lossless for legal text. */
class HtmlEscaperTest {
    @Test
    void escapesTheFiveCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                HtmlEscaper.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("æøå 👮‍♀️", HtmlEscaper.escape("æøå 👮‍♀️"));
        assertEquals("a\rb\r\nc\td", HtmlEscaper.escape("a\rb\r\nc\td"), "line breaks and tabs pass unchanged");
    }

    @Test
    void charactersHtmlCannotCarryBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD&amp;",
                HtmlEscaper.escape("a\u0001b\u0085c\uD800d\uFFFEe\uFDD0&"));
        assertEquals("\uD83D\uDC6E ok", HtmlEscaper.escape("\uD83D\uDC6E ok"), "a surrogate pair is kept");
        String plain = "Kredsrådet for Midt- og Vestsjællands Politi";
        assertSame(plain, HtmlEscaper.escape(plain), "nothing to escape: the text itself");
    }

    @Provide
    Arbitrary<String> texts() {
        return PlanArbitraries.texts();
    }

    /** Carriage returns are left out: an HTML parser turns them into line feeds (or drops them). */
    @Property(tries = 300)
    void textSurvivesAsTextAndAsAnAttribute(@ForAll("texts") String generated) {
        String text = generated.replace("\r", "");
        String escaped = HtmlEscaper.escape(text);
        Element p = Jsoup.parseBodyFragment("<p title=\"" + escaped + "\" data-x='" + escaped + "'>" + escaped
                + "</p>").selectFirst("p");
        assertEquals(text, p.wholeText());
        assertEquals(text, p.attr("title"));
        assertEquals(text, p.attr("data-x"));
        assertEquals(2, p.attributesSize());
        assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\"") || escaped.contains("'"));
    }
}
