package dk.samarbejdsplan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.samarbejdsplan.export.pdf.internal.XmlEscaper;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Plan text becomes XML text that an XML parser reads back as the same text (or U+FFFD where XML cannot). */
class XmlEscaperTest {

    @Test
    void escapesMarkupAndReplacesWhatXmlCannotCarry() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", XmlEscaper.escape("<a href=\"x\">&'"));
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", XmlEscaper.escape("a\u0000b\uD800c\uFFFE"));
        assertEquals("ab", XmlEscaper.escape("a\uFEFFb"));
        // a visible character the embedded font cannot draw (a recent emoji, CJK) shows as U+FFFD, never as
        // nothing; one it has (DejaVu Sans has the older emoticons) and what is not meant to be seen alone (a
        // zero-width space, a combining accent) stay
        assertEquals("\uFFFD æøå \uFFFD \uD83D\uDE00", XmlEscaper.escape("\uD83E\uDEFE æøå \u4E2D \uD83D\uDE00"));
        assertEquals("a\u200Bb e\u0301 € – “x”", XmlEscaper.escape("a\u200Bb e\u0301 € – “x”"));
        String plain = "Kredsrådet";
        assertSame(plain, XmlEscaper.escape(plain));
    }

    @Property(tries = 300)
    void anyTextParsesBackAsText(@ForAll String text) throws Exception {
        String xml = "<p title=\"" + XmlEscaper.escape(text) + "\">" + XmlEscaper.escape(text) + "</p>";
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        String expected = XmlEscaper.escape(text).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        assertEquals(expected.replace("\r\n", "\n").replace('\r', '\n'), doc.getDocumentElement().getTextContent());
    }
}
