package dk.samarbejdsplan.export.jsonld;

import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.ORG;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SCHEMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The base IRI option and the IRIs made from it. */
class JsonLdOptionsTest {

    @Test
    void defaultsAndParameterAndTypedOptions() {
        assertEquals("https://w3id.org/samarbejdsplan/", JsonLdOptions.from(ExportOptions.defaults()).baseIri());
        ExportOptions byParameter = ExportOptions.builder()
                .parameter("jsonld.base", " https://data.example.dk/samarbejdsplan/ ").build();
        assertEquals("https://data.example.dk/samarbejdsplan/", JsonLdOptions.from(byParameter).baseIri());
        ExportOptions both = byParameter.toBuilder().formatOptions(new JsonLdOptions("urn:samarbejdsplan:")).build();
        assertEquals("urn:samarbejdsplan:", JsonLdOptions.from(both).baseIri(), "typed options win");
    }

    @Test
    void compactByDefaultPrettyByParameterOrTypedOption() {
        assertFalse(JsonLdOptions.defaults().pretty());
        assertFalse(JsonLdOptions.from(ExportOptions.defaults()).pretty());
        assertFalse(new JsonLdOptions("urn:samarbejdsplan:").pretty());
        ExportOptions pretty = ExportOptions.builder().parameter("jsonld.pretty", " TRUE ").build();
        assertEquals(new JsonLdOptions(JsonLdOptions.DEFAULT_BASE_IRI, true), JsonLdOptions.from(pretty));
        ExportOptions both = ExportOptions.builder().parameter("jsonld.pretty", "true")
                .parameter("jsonld.base", "urn:samarbejdsplan:").build();
        assertEquals(new JsonLdOptions("urn:samarbejdsplan:", true), JsonLdOptions.from(both));
        assertEquals(new JsonLdOptions("urn:samarbejdsplan:", false), JsonLdOptions.from(both.toBuilder()
                .parameter("jsonld.pretty", "false").build()));
        ExportOptions typed = pretty.toBuilder().formatOptions(new JsonLdOptions("urn:x:")).build();
        assertEquals(new JsonLdOptions("urn:x:", false), JsonLdOptions.from(typed), "typed options win");
        assertTrue(new JsonLdOptions("urn:x:").withPretty(true).pretty());
        assertEquals("urn:x:", new JsonLdOptions("urn:x:").withPretty(true).baseIri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yes", "1", "ja", "pretty"})
    void aBadPrettyParameterIsAClearError(String value) {
        ExportOptions options = ExportOptions.builder().parameter("jsonld.pretty", value).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonLdOptions.from(options));
        assertTrue(e.getMessage().startsWith("EXP-JSONLD-003: "), e.getMessage());
        assertTrue(e.getMessage().contains("'true' or 'false'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "politi.dk/samarbejdsplan/", "/samarbejdsplan/", "https://politi.dk/a b/",
            "https://politi.dk/<x>/", "https://politi.dk/%zz/"})
    void notAnAbsoluteIri(String base) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new JsonLdOptions(base));
        assertTrue(e.getMessage().startsWith("EXP-JSONLD-001: "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://politi.dk/samarbejdsplan", "urn:samarbejdsplan"})
    void notEndingInASeparator(String base) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new JsonLdOptions(base));
        assertTrue(e.getMessage().startsWith("EXP-JSONLD-002: "), e.getMessage());
        assertTrue(e.getMessage().contains(base + "/"), "suggests a fix: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://data.example.dk/samarbejdsplan/", "urn:samarbejdsplan:",
            "https://example.org/plans#", "http://localhost:8080/"})
    void everyBaseGivesAValidDocument(String base) {
        CooperationPlan plan = Plans2007.part();
        for (boolean pretty : new boolean[] {false, true}) {
            String json = StrictJsonLd.export(plan,
                    ExportOptions.builder().formatOptions(new JsonLdOptions(base, pretty)).build());
            Rdf rdf = new Rdf(StrictJsonLd.checkAll(json, base));
            String forum = base + "1467/forum/kredsraadet";
            rdf.assertDanish(forum, SCHEMA + "name", "Kredsrådet for Midt- og Vestsjællands Politi");
            assertEquals(plan.forums().count(), rdf.ofType(ORG + "OrganizationalCollaboration").size());
            assertTrue(json.contains("\"forum\":" + (pretty ? " " : "") + "\"" + base + "1467/forum/\""),
                    "the prefix of the forums' IRIs is made from the base IRI");
        }
    }

    @Test
    void arbitraryIdsGiveValidDistinctIris() {
        List<String> ids = List.of("a b", "a/b", "a?b", "a#b", "a%20b", "%", ".", "..", "", "_", "-", "~",
                "æøå", "ÆØÅ", "😀", "a\u0000b", "a\nb", "a\"b", "a\\b", "<script>", "x:y", "http://evil/",
                "../../etc", "a%2Fb");
        List<Forum> forums = new ArrayList<>();
        for (String id : ids) {
            forums.add(Forum.builder().id(id).name("Forum " + id).topic("Emne").frequency("Ad hoc")
                    .interfaces(List.of(id))
                    .localUnits(List.of(LocalUnit.of(new Municipality(id, "Kommune " + id),
                            List.of(Plans2007.on("2007-05-01"), Plans2007.on("2007-05-01")))))
                    .build());
        }
        CooperationPlan plan = CooperationPlan.builder()
                .district(PoliceDistrict.of("Københavns Vestegns Politi / \"Test\""))
                .year(2007).category("k ø/../x", "Kategori", forums).build();
        String json = StrictJsonLd.export(plan);
        Rdf rdf = new Rdf(StrictJsonLd.checkAll(json, JsonLdOptions.DEFAULT_BASE_IRI));

        List<String> forumIris = rdf.ofType(ORG + "OrganizationalCollaboration");
        assertEquals(ids.size(), forumIris.size(), "one node per forum id");
        Set<String> names = new TreeSet<>();
        for (String iri : forumIris) {
            assertTrue(iri.startsWith("https://w3id.org/samarbejdsplan/koebenhavns-vestegns-politi-test/forum/"),
                    iri);
            assertTrue(!iri.substring("https://".length()).contains("//"), iri);
            names.add(rdf.one(iri, SCHEMA + "name").getValue());
        }
        assertEquals(ids.size(), names.size());
        // two meetings on one day get two events
        assertEquals(2 * ids.size(), rdf.ofType(SCHEMA + "Event").size());
        assertTrue(json.contains("/2007-05-01-2\""), "the second meeting of a day is numbered");
    }
}
