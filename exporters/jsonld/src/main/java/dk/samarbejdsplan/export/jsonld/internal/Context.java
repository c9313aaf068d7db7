package dk.samarbejdsplan.export.jsonld.internal;

import dk.samarbejdsplan.export.jsonld.JsonLdOptions;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The embedded JSON-LD 1.1 {@code @context}: the prefixes, a default language of Danish, and one term per
 * property the exporter writes, each with its type coercion. There is no {@code @vocab}: a key without a
 * definition is an error for a strict processor, never a silent guess.
 */
final class Context {

    /** The prefixes, in the order written. */
    static final List<String[]> PREFIXES = List.of(
            new String[] {"schema", "http://schema.org/"},
            new String[] {"org", "http://www.w3.org/ns/org#"},
            new String[] {"skos", "http://www.w3.org/2004/02/skos/core#"},
            new String[] {"cv", "http://data.europa.eu/m8g/"},
            new String[] {"freq", "http://publications.europa.eu/resource/authority/frequency/"},
            new String[] {"dct", "http://purl.org/dc/terms/"},
            new String[] {"prov", "http://www.w3.org/ns/prov#"},
            new String[] {"xsd", "http://www.w3.org/2001/XMLSchema#"},
            new String[] {"sp", JsonLdOptions.VOCABULARY_IRI});

    /** How a term's string values are read. */
    enum Coercion {
        /** A text in the default language (Danish) unless a value object says otherwise. */
        TEXT,
        /** A string without language (codes, identifiers). */
        PLAIN,
        /** A number or a node object: no coercion. */
        NONE,
        /** An IRI (a compact IRI such as {@code sp:Adopted} is expanded). */
        ID,
        /** An {@code xsd:date}. */
        DATE,
        /** An {@code xsd:gYear}. */
        YEAR,
        /** An ordered list of texts. */
        TEXT_LIST
    }

    /** One term: its name in the document, its IRI (compact) and its coercion. */
    record Term(String name, String iri, Coercion coercion) {
    }

    /** Every term, in the order written. */
    static final List<Term> TERMS = List.of(
            // schema.org
            new Term(T.NAME, "schema:name", Coercion.TEXT),
            new Term(T.DESCRIPTION, "schema:description", Coercion.TEXT),
            new Term(T.TEXT, "schema:text", Coercion.TEXT),
            new Term(T.POSITION, "schema:position", Coercion.NONE),
            new Term(T.IDENTIFIER, "schema:identifier", Coercion.PLAIN),
            new Term(T.IN_LANGUAGE, "schema:inLanguage", Coercion.PLAIN),
            new Term(T.TEMPORAL_COVERAGE, "schema:temporalCoverage", Coercion.YEAR),
            new Term(T.PUBLISHER, "schema:publisher", Coercion.ID),
            new Term(T.HAS_PART, "schema:hasPart", Coercion.NONE),
            new Term(T.ABOUT, "schema:about", Coercion.ID),
            new Term(T.AREA_SERVED, "schema:areaServed", Coercion.ID),
            new Term(T.EVENT, "schema:event", Coercion.ID),
            new Term(T.START_DATE, "schema:startDate", Coercion.DATE),
            new Term(T.ORGANIZER, "schema:organizer", Coercion.ID),
            new Term(T.MIN_VALUE, "schema:minValue", Coercion.NONE),
            new Term(T.MAX_VALUE, "schema:maxValue", Coercion.NONE),
            new Term(T.UNIT_TEXT, "schema:unitText", Coercion.TEXT),
            // Dublin Core
            new Term(T.CONFORMS_TO, "dct:conformsTo", Coercion.ID),
            // W3C ORG
            new Term(T.CLASSIFICATION, "org:classification", Coercion.ID),
            new Term(T.HAS_POST, "org:hasPost", Coercion.ID),
            new Term(T.HAS_UNIT, "org:hasUnit", Coercion.ID),
            new Term(T.LINKED_TO, "org:linkedTo", Coercion.ID),
            // SKOS
            new Term(T.PREF_LABEL, "skos:prefLabel", Coercion.TEXT),
            new Term(T.NOTATION, "skos:notation", Coercion.NONE),
            new Term(T.IN_SCHEME, "skos:inScheme", Coercion.ID),
            new Term(T.HAS_TOP_CONCEPT, "skos:hasTopConcept", Coercion.ID),
            // EU core vocabularies
            new Term(T.FREQUENCY, "cv:frequency", Coercion.ID),
            // ours
            new Term(T.EDITION, "sp:edition", Coercion.NONE),
            new Term(T.PLAN_STATUS, "sp:planStatus", Coercion.ID),
            new Term(T.DISCUSSED, "sp:discussedInDistrictCouncil", Coercion.DATE),
            new Term(T.MEETING_FREQUENCY, "sp:meetingFrequency", Coercion.NONE),
            new Term(T.FREQUENCY_KIND, "sp:frequencyKind", Coercion.ID),
            new Term(T.FREQUENCY_TEXT, "sp:frequencyText", Coercion.TEXT),
            new Term(T.YEAR_COUNT, "sp:yearCount", Coercion.NONE),
            new Term(T.MEETING_COUNT, "sp:meetingCount", Coercion.NONE),
            new Term(T.YEAR, "sp:year", Coercion.YEAR),
            new Term(T.TERMS_OF_REFERENCE, "sp:termsOfReference", Coercion.TEXT),
            new Term(T.GOALS, "sp:goals", Coercion.TEXT_LIST),
            new Term(T.ACTION_PLAN, "sp:actionPlan", Coercion.TEXT),
            new Term(T.NOTES, "sp:notes", Coercion.TEXT_LIST),
            new Term(T.MEETING_STATUS, "sp:meetingStatus", Coercion.ID));

    /** The term names, as constants for the writer. */
    static final class T {
        static final String NAME = "name";
        static final String DESCRIPTION = "description";
        static final String TEXT = "text";
        static final String POSITION = "position";
        static final String IDENTIFIER = "identifier";
        static final String IN_LANGUAGE = "inLanguage";
        static final String TEMPORAL_COVERAGE = "temporalCoverage";
        static final String PUBLISHER = "publisher";
        static final String HAS_PART = "hasPart";
        static final String ABOUT = "about";
        static final String AREA_SERVED = "areaServed";
        static final String EVENT = "event";
        static final String START_DATE = "startDate";
        static final String ORGANIZER = "organizer";
        static final String MIN_VALUE = "minValue";
        static final String MAX_VALUE = "maxValue";
        static final String UNIT_TEXT = "unitText";
        static final String CONFORMS_TO = "conformsTo";
        static final String CLASSIFICATION = "classification";
        static final String HAS_POST = "hasPost";
        static final String HAS_UNIT = "hasUnit";
        static final String LINKED_TO = "linkedTo";
        static final String PREF_LABEL = "prefLabel";
        static final String NOTATION = "notation";
        static final String IN_SCHEME = "inScheme";
        static final String HAS_TOP_CONCEPT = "hasTopConcept";
        static final String FREQUENCY = "frequency";
        static final String EDITION = "edition";
        static final String PLAN_STATUS = "planStatus";
        static final String DISCUSSED = "discussedInDistrictCouncil";
        static final String MEETING_FREQUENCY = "meetingFrequency";
        static final String FREQUENCY_KIND = "frequencyKind";
        static final String FREQUENCY_TEXT = "frequencyText";
        static final String YEAR_COUNT = "yearCount";
        static final String MEETING_COUNT = "meetingCount";
        static final String YEAR = "year";
        static final String TERMS_OF_REFERENCE = "termsOfReference";
        static final String GOALS = "goals";
        static final String ACTION_PLAN = "actionPlan";
        static final String NOTES = "notes";
        static final String MEETING_STATUS = "meetingStatus";

        private T() {
        }
    }

    private Context() {
    }

    /**
     * Writes {@code "@context": {...}} as the next property of the current object: a term without coercion
     * as a simple term definition ({@code "name": "schema:name"}), the others as expanded term definitions.
     */
    static void write(JsonGenerator g) {
        g.writeName("@context");
        g.writeStartObject();
        g.writeNumberProperty("@version", new java.math.BigDecimal("1.1"));
        g.writeStringProperty("@language", "da");
        for (String[] prefix : PREFIXES) {
            g.writeStringProperty(prefix[0], prefix[1]);
        }
        for (Term term : TERMS) {
            if (term.coercion() == Coercion.TEXT || term.coercion() == Coercion.NONE) {
                g.writeStringProperty(term.name(), term.iri());
                continue;
            }
            g.writeName(term.name());
            g.writeStartObject();
            g.writeStringProperty("@id", term.iri());
            switch (term.coercion()) {
                case PLAIN:
                    g.writeNullProperty("@language");
                    break;
                case ID:
                    g.writeStringProperty("@type", "@id");
                    break;
                case DATE:
                    g.writeStringProperty("@type", "xsd:date");
                    break;
                case YEAR:
                    g.writeStringProperty("@type", "xsd:gYear");
                    break;
                case TEXT_LIST:
                    g.writeStringProperty("@container", "@list");
                    break;
                default:
                    break;
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
