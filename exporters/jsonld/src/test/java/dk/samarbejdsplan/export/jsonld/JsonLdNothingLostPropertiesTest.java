package dk.samarbejdsplan.export.jsonld;

import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.ORG;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.PROV;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.RDF;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SCHEMA;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SKOS;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.rdf.RdfValue;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nothing lost in the JSON-LD: for arbitrary valid plans ({@link PlanArbitraries#plans()}: any Unicode, quotes,
 * {@code <>&}, {@code "}} and {@code </script>}-like markup, CR, LF, leading {@code =+-@}, very long values, empty
 * optional fields), in both languages, the RDF that Titanium (strict, never fetching) makes of the output holds
 * every field of the plan exactly as the model has it — no normalisation at all: the plan's title, subtitle,
 * legal basis, edition, district name and code, every section's title and text, every category's number and
 * title, and for every forum its name, topic, category, representatives, frequency text, terms of reference,
 * goals and notes (in order), action plan, interfaces, and each local unit's municipality name and code, action
 * plan, meeting dates and statuses. ({@link JsonLdPropertiesTest} checks names, topics and dates and the
 * vocabulary; this adds the rest.) A municipality is one node per code, so when a plan gives one code two
 * names, both are on that node.
 */
class JsonLdNothingLostPropertiesTest {

    @Property(tries = 25, edgeCases = EdgeCasesMode.NONE)
    void everyFieldComesBackFromTheRdf(@ForAll("plans") CooperationPlan plan, @ForAll Language language) {
        String json = StrictJsonLd.export(plan, ExportOptions.builder().language(language).build());
        Rdf rdf = new Rdf(StrictJsonLd.toRdf(json));

        List<String> plans = rdf.ofType(PROV + "Plan");
        assertEquals(1, plans.size(), "one plan");
        String planIri = plans.get(0);
        assertEquals(plan.title(), text(rdf, planIri, SCHEMA + "name"), "title");
        assertEquals(plan.subtitle(), optionalText(rdf, planIri, SCHEMA + "description"), "subtitle");
        assertEquals(plan.legalBasis(), text(rdf, rdf.node(planIri, StrictJsonLd.DCT + "conformsTo"), SCHEMA + "name"),
                "legal basis");
        assertEquals(Integer.toString(plan.edition()), rdf.one(planIri, SP + "edition").getValue(), "edition");
        String district = rdf.node(planIri, SCHEMA + "publisher");
        assertEquals(plan.district().name(), text(rdf, district, SCHEMA + "name"), "district name");
        assertEquals(plan.district().code(), optionalText(rdf, district, SCHEMA + "identifier"),
                "district code");

        List<RdfValue> parts = rdf.objects(planIri, SCHEMA + "hasPart");
        assertEquals(plan.sections().size(), parts.size(), "sections");
        for (RdfValue part : parts) {
            int position = Integer.parseInt(rdf.one(part.getValue(), SCHEMA + "position").getValue());
            Section section = plan.sections().get(position - 1);
            assertEquals(section.title(), text(rdf, part.getValue(), SCHEMA + "name"), "section title");
            assertEquals(section.paragraphs().isEmpty() ? Optional.empty()
                    : Optional.of(String.join("\n\n", section.paragraphs())),
                    optionalText(rdf, part.getValue(), SCHEMA + "text"), "section paragraphs, a blank line apart");
        }

        List<String> forumIris = rdf.ofType(ORG + "OrganizationalCollaboration");
        assertEquals(plan.forums().count(), forumIris.size(), "forums");
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                String iri = iriOf(forumIris, forum.id());
                String categoryIri = rdf.node(iri, ORG + "classification");
                assertEquals(category.title(), text(rdf, categoryIri, SKOS + "prefLabel"), "category title");
                assertEquals(Integer.toString(category.number()), rdf.one(categoryIri, SKOS + "notation").getValue(),
                        "category number");
                assertForum(plan, rdf, iri, forum, forumIris);
            }
        }
    }

    /** The distinct names the plan gives a municipality code, sorted. */
    private static List<String> namesOfCode(CooperationPlan plan, String code) {
        return sorted(plan.forums().flatMap(f -> f.localUnits().stream()).map(LocalUnit::municipality)
                .filter(m -> m.code().equals(code)).map(m -> m.name()).distinct().toList());
    }

    private static void assertForum(CooperationPlan plan, Rdf rdf, String iri, Forum forum, List<String> forumIris) {
        assertEquals(forum.name(), text(rdf, iri, SCHEMA + "name"), "name");
        assertEquals(forum.topic(), text(rdf, iri, SCHEMA + "description"), "topic");
        List<String> posts = new ArrayList<>();
        for (RdfValue post : rdf.objects(iri, ORG + "hasPost")) {
            posts.add(text(rdf, post.getValue(), SKOS + "prefLabel"));
        }
        assertEquals(sorted(forum.representatives()), sorted(posts), "representatives");
        String frequency = rdf.node(iri, SP + "meetingFrequency");
        assertEquals(forum.frequency().format(), text(rdf, frequency, SP + "frequencyText"), "frequency");
        assertEquals(forum.termsOfReference(), optionalText(rdf, iri, SP + "termsOfReference"), "terms of reference");
        assertEquals(forum.actionPlan(), optionalText(rdf, iri, SP + "actionPlan"), "action plan");
        assertEquals(forum.goals(), list(rdf, iri, SP + "goals"), "goals, in order");
        assertEquals(forum.notes(), list(rdf, iri, SP + "notes"), "notes, in order");
        assertEquals(sorted(forum.interfaces().stream().map(id -> iriOf(forumIris, id)).toList()),
                sorted(rdf.objects(iri, ORG + "linkedTo").stream().map(RdfValue::getValue).toList()), "interfaces");
        List<RdfValue> units = rdf.objects(iri, ORG + "hasUnit");
        assertEquals(forum.localUnits().size(), units.size(), "local units");
        for (LocalUnit unit : forum.localUnits()) {
            String unitIri = units.stream().map(RdfValue::getValue)
                    .filter(u -> rdf.one(rdf.node(u, SCHEMA + "areaServed"), SCHEMA + "identifier").getValue()
                            .equals(unit.municipality().code()))
                    .findFirst().orElseThrow(() -> new AssertionError("no unit for " + unit.municipality().code()));
            // one node per municipality code ({base}kommune/253), shared by every unit with that code: a plan
            // that gives one code two names (the generator does) leaves both names on the node
            String municipality = rdf.node(unitIri, SCHEMA + "areaServed");
            assertEquals(namesOfCode(plan, unit.municipality().code()), sorted(rdf.objects(municipality, SCHEMA
                    + "name").stream().map(RdfValue::getValue).distinct().toList()), "municipality name");
            assertEquals(unit.actionPlan(), optionalText(rdf, unitIri, SP + "actionPlan"), "local action plan");
            List<String> expected = new ArrayList<>();
            for (Meeting m : unit.meetings()) {
                expected.add(m.date() + m.status().map(s -> s == MeetingStatus.HELD ? " Held" : " Planned").orElse(""));
            }
            List<String> actual = new ArrayList<>();
            for (RdfValue event : rdf.objects(unitIri, SCHEMA + "event")) {
                String date = rdf.one(event.getValue(), SCHEMA + "startDate").getValue();
                List<RdfValue> status = rdf.objects(event.getValue(), SP + "meetingStatus");
                actual.add(date + (status.isEmpty() ? "" : " " + status.get(0).getValue().substring(SP.length())));
            }
            assertEquals(sorted(expected), sorted(actual), "meetings with their status");
        }
    }

    private static String iriOf(List<String> forumIris, String id) {
        // forum ids are slugs: the IRI ends in the id unencoded
        return forumIris.stream().filter(i -> i.endsWith("/forum/" + id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node for forum " + id));
    }

    /** The one text of the first of the predicates the subject has. */
    private static String text(Rdf rdf, String subject, String... predicates) {
        return optionalText(rdf, subject, predicates)
                .orElseThrow(() -> new AssertionError("no " + List.of(predicates) + " of " + subject));
    }

    private static Optional<String> optionalText(Rdf rdf, String subject, String... predicates) {
        for (String predicate : predicates) {
            List<RdfValue> values = rdf.objects(subject, predicate);
            if (!values.isEmpty()) {
                assertEquals(1, values.size(), predicate + " of " + subject + ": " + values);
                assertTrue(values.get(0).isLiteral(), predicate + " of " + subject + " is a literal");
                return Optional.of(values.get(0).getValue());
            }
        }
        return Optional.empty();
    }

    /** The texts of an rdf:List, in order; empty when there is none. */
    private static List<String> list(Rdf rdf, String subject, String predicate) {
        List<String> values = new ArrayList<>();
        if (rdf.objects(subject, predicate).isEmpty()) {
            return values;
        }
        String node = rdf.node(subject, predicate);
        while (!node.equals(RDF + "nil")) {
            values.add(rdf.one(node, RDF + "first").getValue());
            node = rdf.node(node, RDF + "rest");
        }
        return values;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(4, 5);
    }
}
