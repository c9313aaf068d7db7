package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Nothing lost in the HTML: for arbitrary valid plans ({@link PlanArbitraries#plans()}, whose texts hold any
 * Unicode — Danish letters, emoji, right-to-left script, combining marks, quotes of every kind, {@code <>&},
 * CR, LF, leading {@code =+-@}, very long values — and leave optional fields empty at times), in both
 * languages, the output is parsed by jsoup's HTML5 parser without a single parse error and every field value
 * the publication shows is recovered from the element that shows it and equals the model's.
 *
 * <p><b>Normalisation.</b> Values are compared as a reader sees them: runs of white space
 * ({@link Character#isWhitespace}: ASCII white space, CR, LF, U+2028/U+2029, ideographic and other spaces, but
 * not the no-break spaces U+00A0, U+2007, U+202F) count as one space and are trimmed at both ends — HTML
 * collapses white space, the exporter strips each value and splits multi-paragraph texts on blank lines
 * (so the paragraphs of a field are compared joined by a space). Characters HTML cannot carry become U+FFFD;
 * {@link PlanArbitraries#texts()} never contains them. Every other character must come through as it is.
 *
 * <p><b>Not in the HTML by design</b> (checked in the other formats): the district code, the municipality codes,
 * the forum and category ids (they only shape the page's anchors, {@code forum-<id>}), and the frequency's
 * year count for another year than the plan's.
 */
class HtmlNothingLostPropertiesTest {

    /** The exporter's fixed words this test needs, from the labels files (the specification of the page). */
    private record Words(String held, String planned, String and, String noMeetings, String adopted, String draft) {
        static Words of(Language language) {
            return language == Language.DA
                    ? new Words("afholdt", "planlagt", "og", "ingen møder fastsat", "Vedtaget", "Udkast")
                    : new Words("held", "planned", "and", "no meetings scheduled", "Adopted", "Draft");
        }
    }

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    // random plans, not jqwik's edge cases: those are mostly empty plans (half the tries had no forum)
    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void everyFieldTheHtmlShowsComesBackFromIt(@ForAll("plans") CooperationPlan plan, @ForAll Language language) {
        String html = Render.html(plan, ExportOptions.builder().language(language).build());
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = parser.parseInput(html, "");
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(),
                "the HTML5 parser accepts the page without a parse error");
        Words words = Words.of(language);

        // the page: unique, valid ids; every internal link has its target
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            assertTrue(ID.matcher(e.id()).matches(), () -> "id " + e.id());
            assertTrue(ids.add(e.id()), () -> "duplicate id " + e.id());
        }
        for (Element a : doc.select("a[href^=#]")) {
            assertNotNull(doc.getElementById(a.attr("href").substring(1)), () -> "no target for " + a);
        }

        // the plan's own facts
        assertEquals(seen(plan.title()), seen(doc.selectFirst("h1")), "title");
        assertEquals(seen(plan.district().name()), seen(doc.selectFirst("p.district")), "district");
        Optional<String> subtitle = plan.subtitle().filter(s -> !s.isBlank());
        assertEquals(subtitle.map(HtmlNothingLostPropertiesTest::seen),
                Optional.ofNullable(doc.selectFirst("p.subtitle")).map(HtmlNothingLostPropertiesTest::seen), "subtitle");
        Elements facts = doc.select("dl.facts > div > dd");
        assertEquals(seen(plan.district().name()), seen(facts.get(0)), "district in the facts");
        assertEquals(Integer.toString(plan.year()), seen(facts.get(1)), "year");
        assertEquals(Integer.toString(plan.edition()), seen(facts.get(2)), "edition");
        assertEquals(plan.status() == PlanStatus.ADOPTED ? words.adopted() : words.draft(), seen(facts.get(3)),
                "status");
        assertEquals(seen(plan.legalBasis()), seen(facts.get(4)), "legal basis");
        assertEquals(plan.discussedInDistrictCouncil().map(d -> List.of(d.toString())).orElse(List.of()),
                doc.select("dl.facts time").eachAttr("datetime"), "discussed in the district council");

        // the narrative sections
        Elements sections = doc.select("section.narrative");
        assertEquals(plan.sections().size(), sections.size(), "sections");
        for (int i = 0; i < sections.size(); i++) {
            Section section = plan.sections().get(i);
            assertEquals((i + 1) + ". " + seen(section.title()), seen(sections.get(i).selectFirst("h2")), "section title");
            assertEquals(seen(String.join(" ", section.paragraphs())), joined(sections.get(i).select("p")),
                    "section paragraphs");
        }

        // the forums: first the row id of each, for the interface links
        Elements categories = doc.select("section.category");
        assertEquals(plan.categories().size(), categories.size(), "categories");
        Map<String, Element> rowOf = new HashMap<>();
        for (int c = 0; c < categories.size(); c++) {
            Elements rows = categories.get(c).select("table.forums > tbody > tr");
            List<Forum> forums = plan.categories().get(c).forums();
            assertEquals(forums.size(), rows.size(), "one row per forum");
            for (int f = 0; f < forums.size(); f++) {
                rowOf.put(forums.get(f).id(), rows.get(f));
            }
        }
        for (int c = 0; c < categories.size(); c++) {
            Category category = plan.categories().get(c);
            Element section = categories.get(c);
            assertEquals(category.number() + ". " + seen(category.title()), seen(section.selectFirst("h3")),
                    "category number and title");
            Elements details = section.select("section.forum-details");
            int d = 0;
            for (Forum forum : category.forums()) {
                Element row = rowOf.get(forum.id());
                assertEquals(seen(forum.name()), seen(row.selectFirst("th")), "forum name");
                Elements cells = row.select("td");
                assertEquals(seen(forum.topic()), joined(cells.get(0).select("p:not(.more-link)")), "topic");
                List<String> representatives = forum.representatives().stream().filter(r -> !r.isBlank())
                        .map(HtmlNothingLostPropertiesTest::seen).toList();
                if (!representatives.isEmpty()) {
                    assertEquals(representatives, cells.get(1).select("li").stream()
                            .map(HtmlNothingLostPropertiesTest::seen).toList(), "representatives");
                }
                assertEquals(capitalised(dk.samarbejdsplan.export.Wording.of(language).frequency(forum.frequency())),
                        seen(cells.get(2).selectFirst(".frequency-words")), "frequency in words");
                assertEquals(forum.frequency().format(), seen(cells.get(2).selectFirst(".frequency-code")),
                        "the frequency as the plan writes it");
                if (hasDetails(forum)) {
                    assertDetails(forum, details.get(d++), rowOf, words, language);
                }
            }
            assertEquals(d, details.size(), "a details block for each forum with more than the four columns");
        }
    }

    private static boolean hasDetails(Forum forum) {
        return forum.termsOfReference().filter(t -> !t.isBlank()).isPresent()
                || forum.goals().stream().anyMatch(g -> !g.isBlank())
                || forum.actionPlan().filter(t -> !t.isBlank()).isPresent()
                || !forum.interfaces().isEmpty()
                || forum.notes().stream().anyMatch(n -> !n.isBlank())
                || !forum.localUnits().isEmpty();
    }

    /** The description list of a forum's details: the fields present, in their fixed order. */
    private static void assertDetails(Forum forum, Element details, Map<String, Element> rowOf, Words words,
            Language language) {
        assertEquals(seen(forum.name()), seen(details.selectFirst("h4")), "forum name in the details");
        Elements dd = details.select("dl > dd");
        assertEquals(details.select("dl > dt").size(), dd.size());
        int i = 0;
        if (forum.termsOfReference().filter(t -> !t.isBlank()).isPresent()) {
            assertEquals(seen(forum.termsOfReference().get()), joined(dd.get(i++).select("p")), "terms of reference");
        }
        List<String> goals = forum.goals().stream().filter(g -> !g.isBlank()).map(HtmlNothingLostPropertiesTest::seen)
                .toList();
        if (!goals.isEmpty()) {
            assertEquals(goals, dd.get(i++).select("li").stream().map(HtmlNothingLostPropertiesTest::seen).toList(),
                    "goals");
        }
        if (forum.actionPlan().filter(t -> !t.isBlank()).isPresent()) {
            assertEquals(seen(forum.actionPlan().get()), joined(dd.get(i++).select("p")), "action plan");
        }
        if (!forum.interfaces().isEmpty()) {
            Elements links = dd.get(i++).select("li");
            assertEquals(forum.interfaces().size(), links.size(), "interfaces");
            for (int l = 0; l < links.size(); l++) {
                Element target = rowOf.get(forum.interfaces().get(l));
                assertNotNull(target, "the generated plans link only to their own forums");
                Element a = links.get(l).selectFirst("a");
                assertEquals("#" + target.selectFirst("th").id(), a.attr("href"), "interface link");
                assertEquals(seen(target.selectFirst("th")), seen(a), "interface: the other forum's name");
            }
        }
        if (forum.notes().stream().anyMatch(n -> !n.isBlank())) {
            assertEquals(seen(String.join(" ", forum.notes())), joined(dd.get(i++).select("p")), "notes");
        }
        if (!forum.localUnits().isEmpty()) {
            Elements units = dd.get(i++).select("ul.local-units > li");
            assertEquals(forum.localUnits().size(), units.size(), "local units");
            for (int u = 0; u < units.size(); u++) {
                assertLocalUnit(forum.localUnits().get(u), units.get(u), words, language);
            }
        }
        assertEquals(dd.size(), i, "no other details");
    }

    /** "Greve: 26. oktober 2007 (afholdt), 1. november 2007 og 14. november 2007", then the action plan. */
    private static void assertLocalUnit(LocalUnit unit, Element li, Words words, Language language) {
        assertEquals(seen(unit.municipality().name()), seen(li.selectFirst("span.unit-name")), "municipality");
        if (!unit.municipality().code().isBlank()) {
            assertEquals(unit.municipality().code().strip(), li.selectFirst("span.unit-name > data").attr("value"),
                    "municipality code as machine-readable data");
        }
        List<String> meetings = new ArrayList<>();
        for (Meeting m : unit.meetings()) {
            meetings.add(language.formatDate(m.date()) + m.status()
                    .map(s -> " (" + (s == MeetingStatus.HELD ? words.held() : words.planned()) + ")").orElse(""));
        }
        String list = meetings.isEmpty() ? words.noMeetings()
                : meetings.size() == 1 ? meetings.get(0)
                        : String.join(", ", meetings.subList(0, meetings.size() - 1)) + " " + words.and() + " "
                                + meetings.get(meetings.size() - 1);
        Element withoutActionPlan = li.clone();
        withoutActionPlan.select(".unit-action-plan").remove();
        assertEquals(seen(unit.municipality().name()) + ": " + list, seen(withoutActionPlan), "meetings");
        assertEquals(unit.meetings().stream().map(m -> m.date().toString()).toList(),
                li.select("time").eachAttr("datetime"), "machine-readable dates");
        Optional<String> actionPlan = unit.actionPlan().filter(a -> !a.isBlank());
        assertEquals(actionPlan.map(HtmlNothingLostPropertiesTest::seen),
                Optional.ofNullable(li.selectFirst(".unit-action-plan")).map(div -> joined(div.select("p"))),
                "local action plan");
    }

    /** The text a reader sees: white space runs as one space, trimmed; characters HTML cannot carry as U+FFFD. */
    static String seen(String text) {
        return HtmlInjectionHostileTest.seen(text);
    }

    static String seen(Element e) {
        return seen(e.wholeText());
    }

    static String joined(Elements paragraphs) {
        return seen(String.join(" ", paragraphs.stream().map(Element::wholeText).toList()));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans();
    }
}
