package dk.samarbejdsplan.export.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.RdfValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The triples of an RDF dataset, indexed by subject and predicate, for assertions. */
final class Rdf {
    static final String TYPE = StrictJsonLd.RDF + "type";
    static final String LANG_STRING = StrictJsonLd.RDF + "langString";

    private final Map<String, Map<String, List<RdfValue>>> bySubject = new LinkedHashMap<>();

    Rdf(RdfDataset dataset) {
        for (RdfNQuad quad : dataset.toList()) {
            assertTrue(quad.getGraphName().isEmpty(), "everything is in the default graph");
            bySubject.computeIfAbsent(quad.getSubject().getValue(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(quad.getPredicate().getValue(), p -> new ArrayList<>())
                    .add(quad.getObject());
        }
    }

    Set<String> subjects() {
        return bySubject.keySet();
    }

    List<RdfValue> objects(String subject, String predicate) {
        return bySubject.getOrDefault(subject, Map.of()).getOrDefault(predicate, List.of());
    }

    /** The one object of a subject and predicate. */
    RdfValue one(String subject, String predicate) {
        List<RdfValue> values = objects(subject, predicate);
        assertEquals(1, values.size(), "one " + predicate + " of " + subject + ": " + values);
        return values.get(0);
    }

    /** The IRI or blank node that is the one object. */
    String node(String subject, String predicate) {
        RdfValue v = one(subject, predicate);
        assertTrue(v.isIRI() || v.isBlankNode(), predicate + " of " + subject + " is a node: " + v);
        return v.getValue();
    }

    Set<String> types(String subject) {
        return objects(subject, TYPE).stream().map(RdfValue::getValue).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Asserts a literal: its lexical value, datatype and language. */
    void assertLiteral(String subject, String predicate, String value, String datatype, Optional<String> language) {
        RdfValue v = one(subject, predicate);
        assertTrue(v.isLiteral(), predicate + " of " + subject + " is a literal");
        assertEquals(value, v.asLiteral().getValue(), predicate + " of " + subject);
        assertEquals(datatype, v.asLiteral().getDatatype(), "datatype of " + predicate + " of " + subject);
        assertEquals(language, v.asLiteral().getLanguage(), "language of " + predicate + " of " + subject);
    }

    /** Asserts a Danish text literal. */
    void assertDanish(String subject, String predicate, String value) {
        assertLiteral(subject, predicate, value, LANG_STRING, Optional.of("da"));
    }

    /** The subjects with a type. */
    List<String> ofType(String type) {
        List<String> out = new ArrayList<>();
        bySubject.forEach((s, props) -> {
            if (props.getOrDefault(TYPE, List.of()).stream().anyMatch(v -> v.getValue().equals(type))) {
                out.add(s);
            }
        });
        return out;
    }
}
