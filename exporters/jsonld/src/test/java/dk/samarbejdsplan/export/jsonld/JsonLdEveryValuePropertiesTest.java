package dk.samarbejdsplan.export.jsonld;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.RdfValue;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.export.testkit.PlanValues;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nothing lost in the JSON-LD, found by the test kit's generic walk of the model ({@link PlanValues}): every value
 * of the plan is in the RDF that Titanium (strict, never fetching) makes of the document — a text, number or date
 * as a literal (a section's paragraphs inside its text), an id inside the IRI minted from it (percent-decoded), a
 * status as its term in our vocabulary, a frequency as its text; every local unit with or without meetings.
 */
class JsonLdEveryValuePropertiesTest {

    @Property(tries = 25, edgeCases = EdgeCasesMode.NONE)
    void everyValueIsInTheRdf(@ForAll("plans") CooperationPlan plan, @ForAll Language language,
            @ForAll boolean pretty) {
        String json = StrictJsonLd.export(plan, ExportOptions.builder().language(language)
                .parameter("jsonld.pretty", Boolean.toString(pretty)).build());
        Set<String> literals = new HashSet<>();
        List<String> iris = new ArrayList<>();
        for (RdfNQuad quad : StrictJsonLd.toRdf(json).toList()) {
            for (RdfValue value : List.of(quad.getSubject(), quad.getObject())) {
                if (value.isLiteral()) {
                    literals.add(value.getValue());
                } else if (value.isIRI()) {
                    iris.add(value.getValue());
                    iris.add(URI.create(value.getValue()).getPath()); // percent-decoded
                }
            }
        }
        for (PlanValues.Value v : PlanValues.of(plan)) {
            String where = v.path() + " = " + v.value();
            if (v.kind() == PlanValues.Kind.NODE && v.value() instanceof MeetingFrequency f) {
                assertTrue(literals.contains(f.format()), where);
            } else if (v.kind() != PlanValues.Kind.VALUE || v.path().contains("frequency.")) {
                continue; // absences are absent triples; a frequency's numbers are in its text (above)
            } else if (v.value() instanceof String s) {
                assertTrue(literals.contains(s) || literals.stream().anyMatch(l -> l.contains(s))
                        || iris.stream().anyMatch(i -> i.contains(s)), where);
            } else if (v.value() instanceof Integer n) {
                String year = String.format(Locale.ROOT, "%04d", n);
                assertTrue(literals.contains(n.toString()) || literals.contains(year), where);
            } else if (v.value() instanceof LocalDate d) {
                assertTrue(literals.contains(d.toString()), where);
            } else if (v.value() instanceof Enum<?> e) {
                String term = StrictJsonLd.SP + e.name().charAt(0) + e.name().substring(1).toLowerCase(Locale.ROOT);
                assertTrue(iris.contains(term), where);
            } else {
                throw new AssertionError("a value this test does not know: " + where);
            }
        }
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(3, 4);
    }
}
