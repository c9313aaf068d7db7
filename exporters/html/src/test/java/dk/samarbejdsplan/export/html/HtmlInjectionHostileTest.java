package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Injection: a representative selection of the OWASP XSS filter evasion cheat sheet (and a few mutation-XSS,
 * template and encoding tricks) placed in <em>every</em> text field of a plan, and in its category and forum
 * ids, rendered in both languages. The output, parsed with jsoup (an HTML5 parser), must have exactly the
 * elements and attributes of a benign plan of the same shape (same tag names with the same counts, same
 * attribute names, same attribute values apart from the generated ids and fragment links), no {@code on*}
 * attribute, no {@code javascript:}, {@code data:} or {@code vbscript:} URL, no {@code <script>},
 * {@code <iframe>}, {@code <object>}, {@code <embed>}, {@code <base>}, {@code <meta http-equiv>} ... — and each
 * vector's text must appear verbatim as text where its field is shown (nothing lost).
 *
 * <p>Text is compared the way a reader sees it: characters HTML cannot carry become U+FFFD (documented by
 * {@code HtmlEscaper}), and runs of white space ({@link Character#isWhitespace}: ASCII white space, line and
 * paragraph separators, ideographic space — not the no-break spaces) count as one space, trimmed at both ends,
 * as the exporter strips values and HTML collapses white space.
 */
class HtmlInjectionHostileTest {

    /** The vectors, from the OWASP XSS Filter Evasion Cheat Sheet unless noted. */
    static final List<String> VECTORS = List.of(
            "<script>alert('XSS')</script>",
            "<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>",
            "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
            "<IMG SRC=# onmouseover=\"alert('xxs')\">",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                    + "&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088"
                    + "&#0000083&#0000083&#0000039&#0000041\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;"
                    + "&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27"
                    + "&#x58&#x53&#x53&#x27&#x29>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
            "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
            "<svg/onload=alert('XSS')>",
            "<svg><script>alert(1)</script></svg>",
            "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
            "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">",
            "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
            "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ+"
                    + "YWxlcnQoMSk8L3NjcmlwdD48L3N2Zz4=\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
            "<BASE HREF=\"javascript:alert('XSS');//\">",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "'';!--\"<XSS>=&{()}",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            // UTF-7: harmless only as long as the page declares UTF-8 first
            "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
            // NUL-split tags: the NUL cannot be carried by HTML and becomes U+FFFD
            "<scr\u0000ipt>alert(1)</scr\u0000ipt>",
            "<IMG SRC=\"jav\u0000ascript:alert('XSS');\">",
            "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<XSS STYLE=\"behavior: url(xss.htc);\">",
            // US-ASCII "skew" encoding
            "\u00BCscript\u00BEalert(\u00A2XSS\u00A2)\u00BC/script\u00BE",
            // mutation XSS (not from the cheat sheet)
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<template><script>alert(1)</script></template>",
            "<form action=\"javascript:alert(1)\"><input type=submit formaction=javascript:alert(2)></form>",
            "<details open ontoggle=alert(1)>",
            "<textarea><script>alert(1)</script></textarea>",
            "<a href=\"https://evil.example/\" target=\"_blank\">Klik her</a>",
            // entities that must stay text, not become markup
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            // template injection into the Velocity templates (not from the cheat sheet)
            "${7*7} #{7*7} {{7*7}} $plan.getClass().forName('java.lang.Runtime') #set($x = 1)$x",
            // line breaks before a tag (LF, CR and U+2028; a CRLF is left out, as the exporter starts a new paragraph there)
            "x\n<script>alert(1)</script>\r<img src=x onerror=alert(1)>\u2028<svg onload=alert(1)>");

    /** Attributes that hold a URL. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "background",
            "poster", "xlink:href", "srcset", "cite", "longdesc", "manifest", "ping", "codebase");
    static final Pattern DANGEROUS_SCHEME = Pattern.compile("^(javascript|data|vbscript|livescript|mocha):");
    static final Pattern SAFE_ID = Pattern.compile("[a-z][a-z0-9-]*");

    /** A plan of one fixed shape with {@code text} in every text field and {@code id} in every id. */
    static CooperationPlan planWith(String text, String id) {
        Forum first = Forum.builder().id(id).name(text).topic(text).representatives(List.of(text, text))
                .frequency("Min. 4 (2 i 2007)").termsOfReference(text).goals(List.of(text)).actionPlan(text)
                .interfaces(List.of("andet-forum")).notes(List.of(text))
                .localUnits(List.of(new LocalUnit(new Municipality("253", text),
                        List.of(new Meeting(LocalDate.of(2007, 10, 26), Optional.of(MeetingStatus.HELD)),
                                Meeting.on(LocalDate.of(2007, 11, 14))),
                        Optional.of(text))))
                .build();
        Forum second = Forum.builder().id("andet-forum").name(text).topic(text).representatives(List.of(text))
                .frequency("Ad hoc").interfaces(List.of(id, "ukendt-" + id)).build();
        return CooperationPlan.builder().district(new PoliceDistrict(text, Optional.of("1467"))).year(2007)
                .status(PlanStatus.ADOPTED).discussedInDistrictCouncil(LocalDate.of(2007, 12, 13))
                .legalBasis(text).title(text).subtitle(text)
                .section(Section.of(text, text, text))
                .categories(List.of(new Category(id, 1, text, List.of(first, second)),
                        new Category("tom-" + id, 2, text, List.of())))
                .build();
    }

    static final String BENIGN = "Almindelig tekst";

    static Stream<Arguments> vectors() {
        List<Arguments> arguments = new ArrayList<>();
        for (String vector : VECTORS) {
            for (Language language : Language.values()) {
                arguments.add(Arguments.of(vector, language));
            }
        }
        return arguments.stream();
    }

    /** The text a reader sees: forbidden characters as U+FFFD, white space runs as one space, trimmed. */
    static String seen(String text) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            boolean forbidden = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)
                    || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
            sb.appendCodePoint(forbidden ? 0xFFFD : cp);
        }
        return sb.toString();
    }

    static String seen(Element e) {
        return seen(e.wholeText());
    }

    static Map<String, Long> tagCounts(Document doc) {
        return doc.getAllElements().stream()
                .collect(Collectors.groupingBy(Element::normalName, TreeMap::new, Collectors.counting()));
    }

    static Set<String> attributeNames(Document doc) {
        Set<String> names = new TreeSet<>();
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> names.add(e.normalName() + "@" + a.getKey()));
        }
        return names;
    }

    /** Every attribute value except the generated ids and fragment links, which depend on the plan's ids. */
    static Set<String> fixedAttributeValues(Document doc) {
        Set<String> values = new TreeSet<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (!a.getKey().equals("id") && !(a.getKey().equals("href") && a.getValue().startsWith("#"))) {
                    values.add(e.normalName() + "@" + a.getKey() + "=" + a.getValue());
                }
            }
        }
        return values;
    }

    /**
     * No element, attribute or URL in {@code doc} came from plan data: compared with a benign plan of the same
     * shape, and checked for event handlers, dangerous URLs and active elements.
     */
    static void assertNoMarkupFromPlanData(Document doc, Document benign) {
        assertEquals(tagCounts(benign), tagCounts(doc), "the same elements as a benign plan of the same shape");
        assertEquals(attributeNames(benign), attributeNames(doc), "the same attributes");
        assertEquals(fixedAttributeValues(benign), fixedAttributeValues(doc), "the same attribute values");
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> "event handler " + a + " on " + e.normalName());
                if (URL_ATTRIBUTES.contains(key)) {
                    String url = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    assertFalse(DANGEROUS_SCHEME.matcher(url).find(), () -> "dangerous URL " + a);
                    assertTrue(a.getValue().matches("#[a-z][a-z0-9-]*"), () -> "only links inside the page: " + a);
                }
                if (key.equals("id")) {
                    assertTrue(SAFE_ID.matcher(a.getValue()).matches(), () -> "a generated id: " + a);
                }
                if (key.equals("style")) {
                    fail("no inline style: " + a);
                }
            }
        }
        for (String tag : List.of("script", "iframe", "object", "embed", "base", "form", "input", "img",
                "math", "template", "textarea", "noscript", "frame", "frameset", "applet", "link", "xss",
                "foreignobject", "use", "image", "animate", "set")) {
            assertEquals(0, doc.getElementsByTag(tag).size(), tag);
        }
        assertEquals(benign.getElementsByTag("svg").size(), doc.getElementsByTag("svg").size(),
                "only the template's own picture of the meetings");
        assertTrue(doc.getElementsByTag("svg").size() <= 1);
        assertEquals(1, doc.select("style").size(), "only the template's own style");
        assertEquals(benign.selectFirst("style").data(), doc.selectFirst("style").data());
        assertEquals(0, doc.select("meta[http-equiv]").size());
        Element head = doc.head();
        assertEquals("utf-8", head.child(0).attr("charset").toLowerCase(Locale.ROOT),
                "the charset comes first, so no browser sniffs UTF-7");
    }

    /** The check itself: text inserted without escaping, as a broken template would, is caught. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>", "\" onmouseover=\"alert(1)", "<b>fed</b>"})
    void theCheckCatchesTextInsertedWithoutEscaping(String vector) {
        String benignHtml = Render.html(planWith(BENIGN, "almindeligt-id"), Language.DA);
        Document benign = Jsoup.parse(benignHtml);
        // the template's attribute values are in double quotes: the name goes into one, raw, as well as into text
        String broken = benignHtml.replaceFirst("<h1>" + BENIGN, "<h1>" + java.util.regex.Matcher.quoteReplacement(vector))
                .replaceFirst("data-label=\"", java.util.regex.Matcher.quoteReplacement("data-label=\"" + vector));
        assertNotEquals(benignHtml, broken);
        assertThrows(AssertionError.class, () -> assertNoMarkupFromPlanData(Jsoup.parse(broken), benign));
        assertNoMarkupFromPlanData(Jsoup.parse(benignHtml), benign);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("vectors")
    void aVectorInEveryFieldAddsNoMarkupAndIsShownVerbatim(String vector, Language language) {
        assertFalse(Pattern.compile("(?>\\R)[ \\t]*(?>\\R)").matcher(vector).find(),
                "no blank line: the paragraph structure stays the same");
        ExportOptions options = ExportOptions.builder().language(language).build();
        String html = Render.html(planWith(vector, vector), options);
        Document doc = Jsoup.parse(html);
        Document benign = Jsoup.parse(Render.html(planWith(BENIGN, "almindeligt-id"), options));

        assertNoMarkupFromPlanData(doc, benign);

        // ... and every field shows the vector verbatim, as text
        String v = seen(vector);
        assertEquals(seen(vector + " – " + vector), seen(doc.selectFirst("title")), "document title");
        assertEquals(v, seen(doc.selectFirst("h1")), "title");
        assertEquals(v, seen(doc.selectFirst("p.district")), "district name");
        assertEquals(v, seen(doc.selectFirst("p.subtitle")), "subtitle");
        Elements facts = doc.select("dl.facts > div > dd");
        assertEquals(v, seen(facts.get(0)), "district name in the facts");
        assertEquals(v, seen(facts.get(4)), "legal basis");
        Element section = doc.selectFirst("section.narrative");
        assertEquals("1. " + v, seen(section.selectFirst("h2")), "section title");
        assertEquals(List.of(v, v), section.select("p").stream().map(HtmlInjectionHostileTest::seen).toList());
        Elements categories = doc.select("section.category");
        assertEquals("1. " + v, seen(categories.get(0).selectFirst("h3")), "category title");
        assertEquals("2. " + v, seen(categories.get(1).selectFirst("h3")), "title of a category without forums");
        Elements rows = doc.select("table.forums tbody tr");
        assertEquals(2, rows.size());
        for (Element row : rows) {
            assertEquals(v, seen(row.selectFirst("th")), "forum name");
            assertEquals(v, seen(row.select("td").get(0).selectFirst("p")), "topic");
            for (Element li : row.select("td").get(1).select("li")) {
                assertEquals(v, seen(li), "representative");
            }
        }
        assertTrue(seen(doc.selectFirst("table.forums caption")).endsWith(v), "caption");
        Element details = doc.select("section.forum-details").get(0);
        assertEquals(v, seen(details.selectFirst("h4")), "forum name in the details");
        Elements dd = details.select("dl > dd");
        assertEquals(6, dd.size(), "terms of reference, goals, action plan, interfaces, notes, local units");
        assertEquals(v, seen(dd.get(0).selectFirst("p")), "terms of reference");
        assertEquals(v, seen(dd.get(1).selectFirst("li")), "goal");
        assertEquals(v, seen(dd.get(2).selectFirst("p")), "action plan");
        assertEquals(v, seen(dd.get(3).selectFirst("li a")), "an interface: the other forum's name");
        assertEquals(v, seen(dd.get(4).selectFirst("p")), "note");
        assertEquals(v, seen(dd.get(5).selectFirst("span.unit-name")), "municipality name");
        assertEquals(v, seen(dd.get(5).selectFirst(".unit-action-plan p")), "local action plan");
        Elements links = doc.select("section.forum-details").get(1).select("dl > dd li");
        assertEquals(v, seen(links.get(0).selectFirst("a")), "a link to the forum with the hostile id");
        assertEquals(seen("ukendt-" + vector), seen(links.get(1)), "an interface naming no forum: its id as text");
        assertTrue(seen(doc.body()).contains(v), "the page shows the text");
    }
}
