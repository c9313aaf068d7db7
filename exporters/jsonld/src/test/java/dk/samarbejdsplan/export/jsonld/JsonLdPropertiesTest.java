package dk.samarbejdsplan.export.jsonld;

import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.ORG;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SCHEMA;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.XSD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apicatalog.rdf.RdfValue;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated plans through strict Titanium: expansion drops no term, every IRI is in an intended vocabulary,
 * and the RDF has every forum's name and topic and every meeting's date.
 */
class JsonLdPropertiesTest {

    @Property(tries = 60)
    void everyGeneratedPlanIsStrictLinkedData(@ForAll("plans") CooperationPlan plan, @ForAll("languages") Language language) {
        String json = StrictJsonLd.export(plan, ExportOptions.builder().language(language).build());
        Rdf rdf = new Rdf(StrictJsonLd.checkAll(json, JsonLdOptions.DEFAULT_BASE_IRI));

        List<String> forumIris = rdf.ofType(ORG + "OrganizationalCollaboration");
        assertEquals(plan.forums().count(), forumIris.size(), "one node per forum (ids are unique)");
        List<String> meetingDates = new ArrayList<>();
        plan.forums().forEach(f -> {
            // forum ids are slugs: the IRI ends in the id unencoded
            String iri = forumIris.stream().filter(i -> i.endsWith("/forum/" + f.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("no node for forum " + f.id()));
            rdf.assertDanish(iri, SCHEMA + "name", f.name());
            rdf.assertDanish(iri, SCHEMA + "description", f.topic());
            assertEquals(f.representatives().size(), rdf.objects(iri, ORG + "hasPost").size());
            assertEquals(f.localUnits().size(), rdf.objects(iri, ORG + "hasUnit").size());
            for (LocalUnit u : f.localUnits()) {
                for (Meeting m : u.meetings()) {
                    meetingDates.add(m.date().toString());
                }
            }
        });
        List<String> eventDates = new ArrayList<>();
        for (String event : rdf.ofType(SCHEMA + "Event")) {
            RdfValue start = rdf.one(event, SCHEMA + "startDate");
            assertEquals(XSD + "date", start.asLiteral().getDatatype());
            assertEquals(Optional.empty(), start.asLiteral().getLanguage());
            eventDates.add(start.getValue());
            assertEquals(1, rdf.objects(event, SCHEMA + "organizer").size());
        }
        assertEquals(meetingDates.stream().sorted().toList(), eventDates.stream().sorted().toList());
    }

    @Property(tries = 30)
    void theStreamAndTheAppendableGiveTheSameDocumentCompactOrPretty(@ForAll("plans") CooperationPlan plan,
            @ForAll boolean pretty) {
        ExportOptions options = ExportOptions.builder()
                .formatOptions(JsonLdOptions.defaults().withPretty(pretty)).build();
        String text = StrictJsonLd.export(plan, options);
        byte[] bytes = ExporterContract.forId("jsonld").export(plan, options);
        assertEquals(text, new String(bytes, StandardCharsets.UTF_8));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes);
        if (!pretty) {
            assertEquals(StrictJsonLd.parse(text), StrictJsonLd.parse(StrictJsonLd.export(plan,
                    ExportOptions.builder().formatOptions(JsonLdOptions.defaults().withPretty(true)).build())),
                    "compact and indented give the same JSON");
        }
    }

    @Property(tries = 20)
    void twoRunsGiveTheSameDocument(@ForAll("plans") CooperationPlan plan) {
        assertEquals(StrictJsonLd.export(plan), StrictJsonLd.export(plan));
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans();
    }

    @Provide
    Arbitrary<Language> languages() {
        return Arbitraries.of(Language.class);
    }

}
