package dk.samarbejdsplan.export.jsonld;

import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.ORG;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SCHEMA;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SKOS;
import static dk.samarbejdsplan.export.jsonld.StrictJsonLd.SP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.rdf.RdfValue;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hostile text survives the JSON and the JSON-LD processing unchanged. */
class JsonLdTextRoundTripTest {

    private static final List<String> TEXTS = List.of(
            "Citat: \"Politiet\" og 'kommunen'",
            "Sti C:\\plan\\2007\\ og \\\"dobbelt\\\"",
            "Kontrol: tab\there, linje\nny, retur\rny, nul\u0000bid, klokke\u0007, escape\u001b, del\u007f",
            "Emoji 😀👮‍♀️🇩🇰 og æøå ÆØÅ",
            "Retning: \u202Eomvendt\u202C, linjeskift\u2028afsnit\u2029slut",
            "</script><script>alert(1)</script>",
            "{\"@id\": \"http://evil/\", \"@context\": null}",
            "@type",
            "  mellemrum foran og bagved  ",
            "=HYPERLINK(\"http://x\")");

    private static CooperationPlan plan() {
        List<Forum> forums = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            String t = TEXTS.get(i);
            forums.add(Forum.builder().id("forum-" + i).name(t).topic(t + " (emne)")
                    .representatives(List.of(t, "Politidirektøren")).frequency("Min. 4")
                    .termsOfReference(t).goals(List.of(t, "mål")).actionPlan(t).notes(List.of(t)).build());
        }
        return CooperationPlan.builder().district(PoliceDistrict.of(TEXTS.get(0), "1467")).year(2007)
                .title(TEXTS.get(3)).subtitle(TEXTS.get(2)).legalBasis(TEXTS.get(1))
                .section(Section.of(TEXTS.get(4), TEXTS.get(5)))
                .category("hostile", TEXTS.get(6), forums).build();
    }

    @Test
    void textsRoundTripThroughTheJson() {
        String json = StrictJsonLd.export(plan());
        assertTrue(json.contains("😀👮‍♀️🇩🇰"), "emoji written as themselves");
        assertFalse(json.contains("\\u00E6") || json.contains("\\u00e6"), "Danish letters unescaped");
        JsonArray graph = StrictJsonLd.parse(json).getJsonArray("@graph");
        JsonObject planNode = graph.getJsonObject(0);
        assertEquals(TEXTS.get(3), planNode.getString("name"));
        assertEquals(TEXTS.get(2), planNode.getString("description"));
        assertEquals(TEXTS.get(1), planNode.getJsonObject("conformsTo").getString("name"));
        assertEquals(TEXTS.get(0), planNode.getJsonObject("publisher").getString("name"));
        JsonObject section = planNode.getJsonArray("hasPart").getJsonObject(0);
        assertEquals(TEXTS.get(4), section.getString("name"));
        assertEquals(TEXTS.get(5), section.getString("text"));
        for (int i = 0; i < TEXTS.size(); i++) {
            JsonObject forum = graph.getJsonObject(2 + i);
            String t = TEXTS.get(i);
            assertEquals(t, forum.getString("name"));
            assertEquals(t + " (emne)", forum.getString("description"));
            assertEquals(t, forum.getJsonArray("hasPost").getJsonObject(0).getString("prefLabel"));
            assertEquals(t, forum.getString("termsOfReference"));
            assertEquals(t, forum.getJsonArray("goals").getString(0));
            assertEquals(t, forum.getString("actionPlan"));
            assertEquals(t, forum.getJsonArray("notes").getString(0));
        }
    }

    @Test
    void textsRoundTripThroughTheRdf() {
        CooperationPlan plan = plan();
        Rdf rdf = new Rdf(StrictJsonLd.checkAll(StrictJsonLd.export(plan), JsonLdOptions.DEFAULT_BASE_IRI));
        String base = JsonLdOptions.DEFAULT_BASE_IRI + "1467/";
        rdf.assertDanish(base + "2007", SCHEMA + "name", TEXTS.get(3));
        rdf.assertDanish(base + "kategori/hostile", SKOS + "prefLabel", TEXTS.get(6));
        for (int i = 0; i < TEXTS.size(); i++) {
            String forum = base + "forum/forum-" + i;
            String t = TEXTS.get(i);
            rdf.assertDanish(forum, SCHEMA + "name", t);
            rdf.assertDanish(forum, SCHEMA + "description", t + " (emne)");
            rdf.assertDanish(forum, SP + "termsOfReference", t);
            rdf.assertDanish(forum, SP + "actionPlan", t);
            List<String> posts = new ArrayList<>();
            for (RdfValue post : rdf.objects(forum, ORG + "hasPost")) {
                posts.add(rdf.one(post.getValue(), SKOS + "prefLabel").getValue());
            }
            assertEquals(List.of(t, "Politidirektøren").stream().sorted().toList(), posts.stream().sorted().toList());
            // the goals are an ordered rdf:List
            String list = rdf.node(forum, SP + "goals");
            rdf.assertLiteral(list, StrictJsonLd.RDF + "first", t, Rdf.LANG_STRING, Optional.of("da"));
            String rest = rdf.node(list, StrictJsonLd.RDF + "rest");
            rdf.assertDanish(rest, StrictJsonLd.RDF + "first", "mål");
            assertEquals(StrictJsonLd.RDF + "nil", rdf.node(rest, StrictJsonLd.RDF + "rest"));
        }
    }

    @Test
    void theTestKitsUnicodeProbeSurvivesTheRdf() {
        CooperationPlan plan = SamplePlans.unicodeProbe();
        Rdf rdf = new Rdf(StrictJsonLd.checkAll(StrictJsonLd.export(plan), JsonLdOptions.DEFAULT_BASE_IRI));
        List<String> forums = rdf.ofType(ORG + "OrganizationalCollaboration");
        assertEquals(plan.forums().count(), forums.size());
        plan.forums().forEach(f -> {
            String iri = forums.stream().filter(i -> i.endsWith("/forum/" + f.id())).findFirst().orElseThrow();
            rdf.assertDanish(iri, SCHEMA + "name", f.name());
            rdf.assertDanish(iri, SCHEMA + "description", f.topic());
        });
    }
}
