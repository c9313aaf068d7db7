package dk.samarbejdsplan.export.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfDataset;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import dk.samarbejdsplan.model.CooperationPlan;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks JSON-LD with Titanium as strictly as it goes, and walks the result for what Titanium lets through
 * (VALIDATORS.md): an unmapped {@code @type} value, a mistyped prefix and a relative {@code @id}.
 */
final class StrictJsonLd {

    static final String SCHEMA = "http://schema.org/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String CV = "http://data.europa.eu/m8g/";
    static final String FREQ = "http://publications.europa.eu/resource/authority/frequency/";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String SP = "https://w3id.org/samarbejdsplan/vocab#";

    /**
     * The terms of the foreign vocabularies the export may use: each checked by hand against the vocabulary's
     * published definition (schema.org, W3C ORG, SKOS, CPOV/Core Vocabularies, DCMI terms, PROV-O), so a typo
     * such as {@code schema:nmae} fails even though its namespace is right.
     */
    static final Set<String> KNOWN_TERMS = Set.of(
            SCHEMA + "name", SCHEMA + "description", SCHEMA + "text", SCHEMA + "position",
            SCHEMA + "identifier", SCHEMA + "inLanguage", SCHEMA + "temporalCoverage", SCHEMA + "publisher",
            SCHEMA + "hasPart", SCHEMA + "about", SCHEMA + "areaServed", SCHEMA + "event", SCHEMA + "startDate",
            SCHEMA + "organizer", SCHEMA + "minValue", SCHEMA + "maxValue", SCHEMA + "unitText",
            SCHEMA + "CreativeWork", SCHEMA + "Legislation", SCHEMA + "GovernmentOrganization",
            SCHEMA + "Organization", SCHEMA + "AdministrativeArea", SCHEMA + "Event", SCHEMA + "QuantitativeValue",
            ORG + "classification", ORG + "hasPost", ORG + "hasUnit", ORG + "linkedTo",
            ORG + "OrganizationalCollaboration", ORG + "Organization", ORG + "OrganizationalUnit", ORG + "Post",
            SKOS + "prefLabel", SKOS + "notation", SKOS + "inScheme", SKOS + "hasTopConcept", SKOS + "Concept",
            SKOS + "ConceptScheme",
            CV + "frequency", CV + "PublicOrganisation",
            DCT + "conformsTo",
            PROV + "Plan");

    /** The codes of the EU Frequency authority table the export may point to. */
    static final Set<String> EU_FREQUENCIES = Set.of("WEEKLY", "MONTHLY", "QUARTERLY", "ANNUAL_2", "ANNUAL",
            "IRREG", "AS_NEEDED", "OTHER");

    private static final Pattern SP_TERM = Pattern.compile("`sp:([A-Za-z]+)`");

    private static final ExporterContract CONTRACT = ExporterContract.forId("jsonld");

    private StrictJsonLd() {
    }

    /** A loader that refuses every URL: nothing may be fetched to read the document. */
    static final DocumentLoader REFUSING_LOADER = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "refused to fetch " + url);
    };

    /** Titanium options: the refusing loader, and an undefined term is an error. */
    static com.apicatalog.jsonld.JsonLdOptions options() {
        com.apicatalog.jsonld.JsonLdOptions options = new com.apicatalog.jsonld.JsonLdOptions(REFUSING_LOADER);
        options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
        return options;
    }

    /** The exporter's output (found by id through ServiceLoader), written to an {@link Appendable}. */
    static String export(CooperationPlan plan, ExportOptions options) {
        return CONTRACT.exportToString(plan, options);
    }

    static String export(CooperationPlan plan) {
        return export(plan, ExportOptions.defaults());
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static JsonArray expand(String json) {
        try {
            return JsonLd.expand(JsonDocument.of(parse(json))).options(options()).get();
        } catch (JsonLdError e) {
            throw new AssertionError("Titanium could not expand the export: " + e, e);
        }
    }

    static RdfDataset toRdf(String json) {
        try {
            return JsonLd.toRdf(JsonDocument.of(parse(json))).options(options()).get();
        } catch (JsonLdError e) {
            throw new AssertionError("Titanium could not convert the export to RDF: " + e, e);
        }
    }

    /** The {@code sp:} terms documented in VOCABULARY.md. */
    static Set<String> documentedTerms() {
        try {
            String text = Files.readString(Path.of("VOCABULARY.md"));
            Set<String> terms = new TreeSet<>();
            Matcher m = SP_TERM.matcher(text);
            while (m.find()) {
                terms.add(SP + m.group(1));
            }
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the whole check ---------------------------------------------------------------------------------

    /**
     * Everything: strict expansion, the parallel walk (no term dropped, nothing added), the vocabulary walk,
     * and strict toRdf.
     *
     * @return the RDF
     */
    static RdfDataset checkAll(String json, String baseIri) {
        JsonObject compact = parse(json);
        JsonArray expanded = expand(json);
        assertNothingDropped(compact, expanded);
        assertVocabulary(expanded, baseIri);
        return toRdf(json);
    }

    // --- expansion drops no term -------------------------------------------------------------------------

    /**
     * Walks the compact document and its expansion side by side. Every key of a node object must be a
     * keyword or a term of the embedded context (read here, independently of the exporter), it must come out
     * as the term's IRI with as many values, and the expanded node has no other properties.
     */
    static void assertNothingDropped(JsonObject compact, JsonArray expanded) {
        JsonObject context = compact.getJsonObject("@context");
        assertNotNull(context, "the @context is embedded");
        assertTrue(!context.containsKey("@vocab"), "the context has no @vocab");
        Map<String, String> prefixes = new HashMap<>();
        Map<String, JsonObject> terms = new HashMap<>();
        for (var e : context.entrySet()) {
            if (e.getKey().startsWith("@")) {
                continue;
            }
            if (e.getValue() instanceof JsonString s) {
                String iri = s.getString();
                if (iri.endsWith("/") || iri.endsWith("#")) {
                    prefixes.put(e.getKey(), iri);
                } else {
                    terms.put(e.getKey(), Json.createObjectBuilder().add("@id", iri).build());
                }
            } else {
                terms.put(e.getKey(), e.getValue().asJsonObject());
            }
        }
        assertEquals(Set.of("@graph", "@context"), compact.keySet(), "a top-level @graph");
        JsonArray graph = compact.getJsonArray("@graph");
        assertEquals(graph.size(), expanded.size(), "every node of the @graph survives expansion");
        for (int i = 0; i < graph.size(); i++) {
            walkNode(graph.getJsonObject(i), expanded.getJsonObject(i), prefixes, terms, "@graph[" + i + "]");
        }
    }

    private static String expandCompactIri(String value, Map<String, String> prefixes) {
        int colon = value.indexOf(':');
        if (colon > 0 && prefixes.containsKey(value.substring(0, colon))) {
            return prefixes.get(value.substring(0, colon)) + value.substring(colon + 1);
        }
        return value;
    }

    private static void walkNode(JsonObject node, JsonObject expanded, Map<String, String> prefixes,
            Map<String, JsonObject> terms, String path) {
        Set<String> expectedKeys = new TreeSet<>();
        for (var e : node.entrySet()) {
            String key = e.getKey();
            String where = path + "." + key;
            if (key.equals("@id")) {
                expectedKeys.add("@id");
                assertEquals(expandCompactIri(((JsonString) e.getValue()).getString(), prefixes),
                        expanded.getString("@id"), where);
                continue;
            }
            if (key.equals("@type")) {
                expectedKeys.add("@type");
                List<String> types = new ArrayList<>();
                for (JsonValue t : values(e.getValue())) {
                    types.add(expandCompactIri(((JsonString) t).getString(), prefixes));
                }
                List<String> out = new ArrayList<>();
                for (JsonValue t : expanded.getJsonArray("@type")) {
                    out.add(((JsonString) t).getString());
                }
                assertEquals(types, out, where);
                continue;
            }
            assertTrue(!key.startsWith("@"), "unexpected keyword " + where);
            JsonObject term = terms.get(key);
            if (term == null) {
                fail("the key \"" + key + "\" at " + where + " is not a term of the embedded context");
            }
            String iri = expandCompactIri(term.getString("@id"), prefixes);
            expectedKeys.add(iri);
            JsonArray out = expanded.getJsonArray(iri);
            assertNotNull(out, "expansion dropped " + where + " (" + iri + ")");
            List<JsonValue> in = values(e.getValue());
            if ("@list".equals(term.getString("@container", null))) {
                assertEquals(1, out.size(), where);
                out = out.getJsonObject(0).getJsonArray("@list");
                assertNotNull(out, where + " is a list");
            }
            assertEquals(in.size(), out.size(), "values of " + where);
            for (int i = 0; i < in.size(); i++) {
                JsonValue v = in.get(i);
                JsonObject x = out.getJsonObject(i);
                if (v instanceof JsonObject o && !o.containsKey("@value")) {
                    walkNode(o, x, prefixes, terms, where + "[" + i + "]");
                } else if (v instanceof JsonString s && "@id".equals(term.getString("@type", null))) {
                    assertEquals(expandCompactIri(s.getString(), prefixes), x.getString("@id"), where);
                } else {
                    assertTrue(x.containsKey("@value"), where + " is a value");
                }
            }
        }
        assertEquals(expectedKeys, new TreeSet<>(expanded.keySet()), "the expanded keys of " + path);
    }

    private static List<JsonValue> values(JsonValue v) {
        return v instanceof JsonArray a ? a : List.of(v);
    }

    // --- every IRI in an intended vocabulary -------------------------------------------------------------

    /**
     * Walks the expanded document: every property and type IRI is a known term of schema.org, ORG, SKOS, cv,
     * dct or prov, or a term of ours documented in VOCABULARY.md; every datatype is XSD; every language
     * {@code da} or {@code en}; every {@code @id} an absolute IRI (under the base IRI, or a term of ours or of
     * the EU frequency table) or a blank node.
     */
    static void assertVocabulary(JsonArray expanded, String baseIri) {
        Set<String> documented = documentedTerms();
        for (JsonValue v : expanded) {
            walkExpanded(v, "", documented, baseIri);
        }
    }

    private static void walkExpanded(JsonValue value, String path, Set<String> documented, String baseIri) {
        if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                walkExpanded(a.get(i), path + "[" + i + "]", documented, baseIri);
            }
            return;
        }
        if (!(value instanceof JsonObject o)) {
            fail("unexpected bare value at " + path + ": " + value);
            return;
        }
        if (o.containsKey("@value")) {
            for (String key : o.keySet()) {
                assertTrue(Set.of("@value", "@type", "@language").contains(key), path + ": " + key);
            }
            if (o.containsKey("@type")) {
                assertTrue(o.getString("@type").startsWith(XSD), "datatype at " + path + ": " + o);
            }
            if (o.containsKey("@language")) {
                assertTrue(Set.of("da", "en").contains(o.getString("@language")), "language at " + path);
            }
            return;
        }
        if (o.containsKey("@list")) {
            walkExpanded(o.get("@list"), path + ".@list", documented, baseIri);
            return;
        }
        for (var e : o.entrySet()) {
            String key = e.getKey();
            if (key.equals("@id")) {
                assertIdentifier(((JsonString) e.getValue()).getString(), path, documented, baseIri);
            } else if (key.equals("@type")) {
                for (JsonValue t : e.getValue().asJsonArray()) {
                    assertTerm(((JsonString) t).getString(), path + ".@type", documented);
                }
            } else {
                assertTrue(!key.startsWith("@"), "unexpected keyword " + key + " at " + path);
                assertTerm(key, path, documented);
                walkExpanded(e.getValue(), path + "." + key, documented, baseIri);
            }
        }
    }

    private static void assertTerm(String iri, String path, Set<String> documented) {
        if (iri.startsWith(SP)) {
            assertTrue(documented.contains(iri), iri + " at " + path + " is not documented in VOCABULARY.md");
        } else {
            assertTrue(KNOWN_TERMS.contains(iri), iri + " at " + path + " is not a term of an intended vocabulary");
        }
    }

    private static void assertIdentifier(String id, String path, Set<String> documented, String baseIri) {
        if (id.startsWith("_:")) {
            return;
        }
        assertAbsoluteIri(id, path);
        if (id.startsWith(SP)) {
            assertTerm(id, path, documented);
        } else if (id.startsWith(FREQ)) {
            assertTrue(EU_FREQUENCIES.contains(id.substring(FREQ.length())), "EU frequency " + id + " at " + path);
        } else {
            assertTrue(id.startsWith(baseIri), "the @id " + id + " at " + path + " is not under " + baseIri);
        }
    }

    /** An absolute IRI: a scheme, no space, parseable as a URI. */
    static void assertAbsoluteIri(String id, String where) {
        try {
            URI uri = new URI(id);
            assertTrue(uri.isAbsolute(), "the @id " + id + " at " + where + " is not absolute");
            for (char c : id.toCharArray()) {
                assertTrue(c > 0x20 && c < 0x7F, "the @id " + id + " at " + where + " has a character to encode");
            }
        } catch (URISyntaxException e) {
            fail("the @id " + id + " at " + where + " is not a valid IRI: " + e.getMessage());
        }
    }
}
