package dk.samarbejdsplan.export.jsonld;

import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.CV;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.DCT;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.FREQ;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.ORG;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.PROV;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SCHEMA;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SKOS;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SP;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.XSD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.rdf.RdfValue;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2007 plan through Titanium: strict expansion drops no term and uses only the intended vocabularies, and
 * the RDF holds every forum's name, topic, category, representatives and frequency, and a dated event for
 * every one of the 13 lokalråd meetings of the seed.
 */
class JsonLd2007Test {
    private static final String BASE = JsonLdOptions.DEFAULT_BASE_IRI;
    private static final String DISTRICT = BASE + "1467";
    private static final String INTEGER = XSD + "integer";

    /** The lokalråd meetings of the seed ("Lokalrådene har i 2007 holdt eller berammet følgende møder"). */
    private static final List<String[]> SEED_MEETINGS = List.of(
            new String[] {"Greve", "253", "2007-10-26"}, new String[] {"Greve", "253", "2007-11-14"},
            new String[] {"Holbæk", "316", "2007-09-26"}, new String[] {"Holbæk", "316", "2007-11-07"},
            new String[] {"Kalundborg", "326", "2007-11-29"},
            new String[] {"Køge", "259", "2007-11-08"},
            new String[] {"Lejre", "350", "2007-11-20"},
            new String[] {"Odsherred", "306", "2007-09-27"}, new String[] {"Odsherred", "306", "2007-11-08"},
            new String[] {"Ringsted", "329", "2007-12-06"},
            new String[] {"Roskilde", "265", "2007-11-22"},
            new String[] {"Solrød", "269", "2007-09-28"},
            new String[] {"Stevns", "336", "2007-10-31"});

    private static CooperationPlan plan;
    private static String json;
    private static Rdf rdf;

    @BeforeAll
    static void export() {
        plan = Plans2007.plan();
        json = StrictJsonLd.export(plan);
        rdf = new Rdf(StrictJsonLd.checkAll(json, BASE));
    }

    @Test
    void thePlanIsAProvPlanAndACreativeWork() {
        String p = DISTRICT + "/2007";
        assertTrue(rdf.types(p).containsAll(Set.of(PROV + "Plan", SCHEMA + "CreativeWork")), rdf.types(p)::toString);
        rdf.assertDanish(p, SCHEMA + "name", "Samarbejdsplan for 2007");
        assertTrue(rdf.one(p, SCHEMA + "description").asLiteral().getValue()
                .startsWith("En plan for samarbejdet mellem Midt- og Vestsjællands Politi"));
        rdf.assertLiteral(p, SCHEMA + "inLanguage", "da", XSD + "string", Optional.empty());
        rdf.assertLiteral(p, SCHEMA + "temporalCoverage", "2007", XSD + "gYear", Optional.empty());
        rdf.assertLiteral(p, SP + "edition", "1", INTEGER, Optional.empty());

        String law = rdf.node(p, DCT + "conformsTo");
        rdf.assertDanish(law, SCHEMA + "name", "Retsplejelovens § 113");

        assertEquals(DISTRICT, rdf.node(p, SCHEMA + "publisher"));
        assertTrue(rdf.types(DISTRICT).containsAll(Set.of(CV + "PublicOrganisation", ORG + "Organization")));
        rdf.assertDanish(DISTRICT, SCHEMA + "name", "Midt- og Vestsjællands Politi");
        rdf.assertLiteral(DISTRICT, SCHEMA + "identifier", "1467", XSD + "string", Optional.empty());

        List<RdfValue> sections = rdf.objects(p, SCHEMA + "hasPart");
        assertEquals(plan.sections().size(), sections.size());
        Set<String> titles = new TreeSet<>();
        for (RdfValue s : sections) {
            titles.add(rdf.one(s.getValue(), SCHEMA + "name").getValue());
            assertTrue(rdf.one(s.getValue(), SCHEMA + "text").getValue().length() > 20);
        }
        assertEquals(Set.of("Indledning", "Opfølgning", "Offentliggørelse"), titles);

        Set<String> about = rdf.objects(p, SCHEMA + "about").stream().map(RdfValue::getValue)
                .collect(Collectors.toSet());
        assertEquals(plan.forums().count(), about.size(), "the plan is about every forum");
    }

    @Test
    void everyForumHasItsNameTopicCategoryRepresentativesAndFrequency() {
        int checked = 0;
        for (Category category : plan.categories()) {
            String concept = DISTRICT + "/kategori/" + category.id();
            for (Forum forum : category.forums()) {
                String f = DISTRICT + "/forum/" + forum.id();
                assertTrue(rdf.types(f).containsAll(Set.of(ORG + "OrganizationalCollaboration", ORG + "Organization")),
                        f + " " + rdf.types(f));
                rdf.assertDanish(f, SCHEMA + "name", forum.name());
                rdf.assertDanish(f, SCHEMA + "description", forum.topic());

                assertEquals(concept, rdf.node(f, ORG + "classification"), "category of " + f);
                assertTrue(rdf.types(concept).contains(SKOS + "Concept"));
                rdf.assertLiteral(concept, SKOS + "notation", Integer.toString(category.number()), INTEGER,
                        Optional.empty());
                rdf.assertDanish(concept, SKOS + "prefLabel", category.title());
                assertEquals(DISTRICT + "/kategori", rdf.node(concept, SKOS + "inScheme"));

                List<String> labels = new ArrayList<>();
                for (RdfValue post : rdf.objects(f, ORG + "hasPost")) {
                    assertTrue(rdf.types(post.getValue()).contains(ORG + "Post"));
                    RdfValue label = rdf.one(post.getValue(), SKOS + "prefLabel");
                    assertEquals(Optional.of("da"), label.asLiteral().getLanguage());
                    labels.add(label.getValue());
                }
                assertEquals(new TreeSet<>(forum.representatives()), new TreeSet<>(labels), "posts of " + f);
                assertEquals(forum.representatives().size(), labels.size(), "posts of " + f);

                assertFrequency(f, forum.frequency());
                checked++;
            }
        }
        assertEquals(35, checked, "the seed's annex has 35 forums");
        assertEquals(13, plan.categories().size(), "in 13 categories");
    }

    private static void assertFrequency(String forum, MeetingFrequency frequency) {
        assertEquals(FREQ + dk.samarbejdsplan.export.EuFrequency.code(frequency), rdf.node(forum, CV + "frequency"), "EU frequency of " + forum);
        String node = rdf.node(forum, SP + "meetingFrequency");
        assertTrue(rdf.types(node).containsAll(Set.of(SCHEMA + "QuantitativeValue", SP + "MeetingFrequency")));
        rdf.assertDanish(node, SP + "frequencyText", frequency.format());
        if (frequency.minPerYear().isPresent()) {
            rdf.assertLiteral(node, SCHEMA + "minValue", Integer.toString(frequency.minPerYear().getAsInt()),
                    INTEGER, Optional.empty());
        } else {
            assertTrue(rdf.objects(node, SCHEMA + "minValue").isEmpty(), "no minimum for " + frequency.format());
        }
        if (frequency.maxPerYear().isPresent()) {
            rdf.assertLiteral(node, SCHEMA + "maxValue", Integer.toString(frequency.maxPerYear().getAsInt()),
                    INTEGER, Optional.empty());
        } else {
            assertTrue(rdf.objects(node, SCHEMA + "maxValue").isEmpty(), "no maximum for " + frequency.format());
        }
        String kind = rdf.node(node, SP + "frequencyKind");
        assertTrue(kind.startsWith(SP), kind);
        if (frequency.yearCount().isPresent()) {
            String yc = rdf.node(node, SP + "yearCount");
            rdf.assertLiteral(yc, SP + "meetingCount", Integer.toString(frequency.yearCount().get().count()), INTEGER,
                    Optional.empty());
            rdf.assertLiteral(yc, SP + "year", Integer.toString(frequency.yearCount().get().year()), XSD + "gYear",
                    Optional.empty());
        } else {
            assertTrue(rdf.objects(node, SP + "yearCount").isEmpty());
        }
    }

    @Test
    void frequenciesOfTheSeedMapAsTheDomainNotesSay() {
        // the seed's texts, checked against DOMAIN.md's table rather than against the model's code
        assertFrequencyOf("Min. 4", "OTHER", SP + "AtLeast", "4", null);
        assertFrequencyOf("52", "WEEKLY", SP + "Exactly", "52", "52");
        assertFrequencyOf("Ad hoc", "AS_NEEDED", SP + "AsNeeded", null, null);
        assertFrequencyOf("2-3", "OTHER", SP + "Between", "2", "3");
        assertFrequencyOf("Besluttet lokalt", "OTHER", SP + "DecidedLocally", null, null);
        assertFrequencyOf("Min. 4 (2 i 2007)", "OTHER", SP + "AtLeast", "4", null);
    }

    private static void assertFrequencyOf(String text, String eu, String kind, String min, String max) {
        Forum forum = plan.forums().filter(f -> f.frequency().format().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no forum meets \"" + text + "\""));
        String f = DISTRICT + "/forum/" + forum.id();
        assertEquals(FREQ + eu, rdf.node(f, CV + "frequency"), text);
        String node = rdf.node(f, SP + "meetingFrequency");
        assertEquals(kind, rdf.node(node, SP + "frequencyKind"), text);
        assertEquals(min == null ? List.of() : List.of(min),
                rdf.objects(node, SCHEMA + "minValue").stream().map(RdfValue::getValue).toList(), text);
        assertEquals(max == null ? List.of() : List.of(max),
                rdf.objects(node, SCHEMA + "maxValue").stream().map(RdfValue::getValue).toList(), text);
    }

    @Test
    void everyLokalraadMeetingIsADatedEventOrganizedByItsLocalUnit() {
        Forum lokalraad = plan.forums().filter(f -> !f.localUnits().isEmpty()).findFirst().orElseThrow();
        String forum = DISTRICT + "/forum/" + lokalraad.id();
        Set<String> units = rdf.objects(forum, ORG + "hasUnit").stream().map(RdfValue::getValue)
                .collect(Collectors.toSet());
        assertEquals(10, units.size(), "ten lokalråd");

        List<String> events = rdf.ofType(SCHEMA + "Event");
        assertEquals(SEED_MEETINGS.size(), events.size(), "one event per meeting of the seed");
        Set<String> matched = new TreeSet<>();
        for (String[] meeting : SEED_MEETINGS) {
            String name = meeting[0];
            String code = meeting[1];
            String date = meeting[2];
            String found = null;
            for (String event : events) {
                RdfValue start = rdf.one(event, SCHEMA + "startDate");
                assertEquals(XSD + "date", start.asLiteral().getDatatype(), "startDate of " + event);
                String unit = rdf.node(event, SCHEMA + "organizer");
                assertTrue(units.contains(unit), "the organizer of " + event + " is a unit of the lokalråd forum");
                String area = rdf.node(unit, SCHEMA + "areaServed");
                if (start.getValue().equals(date)
                        && rdf.one(area, SCHEMA + "identifier").getValue().equals(code)
                        && rdf.one(area, SCHEMA + "name").getValue().equals(name)) {
                    found = event;
                }
            }
            assertTrue(found != null, "an event for " + name + " on " + date);
            assertTrue(matched.add(found), "a distinct event for " + name + " on " + date);
            assertEquals(DISTRICT + "/2007/moede/" + lokalraad.id() + "/" + code + "/" + date, found);
            assertTrue(rdf.types(found).contains(SCHEMA + "Event"));
            RdfValue eventName = rdf.one(found, SCHEMA + "name");
            assertEquals(Optional.of("da"), eventName.asLiteral().getLanguage());
            assertTrue(eventName.getValue().contains(name) && eventName.getValue().contains("møde"),
                    eventName.getValue());
        }
        assertEquals(13, matched.size());
    }

    @Test
    void englishOutputTagsTheExportersOwnTextsEnglishAndKeepsThePlansDanish() {
        String english = StrictJsonLd.export(plan, ExportOptions.builder().language(Language.EN).build());
        assertFalse(english.equals(json));
        Rdf en = new Rdf(StrictJsonLd.checkAll(english, BASE));
        Forum lokalraad = plan.forums().filter(f -> !f.localUnits().isEmpty()).findFirst().orElseThrow();
        String forum = DISTRICT + "/forum/" + lokalraad.id();
        en.assertDanish(forum, SCHEMA + "name", lokalraad.name());
        String frequency = en.node(forum, SP + "meetingFrequency");
        en.assertLiteral(frequency, SCHEMA + "description", "at least 4 meetings a year (2 in 2007)", Rdf.LANG_STRING,
                Optional.of("en"));
        String event = DISTRICT + "/2007/moede/" + lokalraad.id() + "/253/2007-10-26";
        RdfValue name = en.one(event, SCHEMA + "name");
        assertEquals(Optional.of("en"), name.asLiteral().getLanguage());
        assertTrue(name.getValue().endsWith("meeting 26 October 2007"), name.getValue());
        rdf.assertLiteral(rdf.node(forum, SP + "meetingFrequency"), SCHEMA + "description",
                "mindst 4 møder om året (2 i 2007)", Rdf.LANG_STRING, Optional.of("da"));
    }
}
