package dk.samarbejdsplan.export.jsonld.internal;

import dk.samarbejdsplan.export.jsonld.JsonLdOptions;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

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
    record Term(SerializedString name, String iri, Coercion coercion) {
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

    /**
     * The prefixes of the IRIs the export mints (see {@code JsonLdOptions}), defined in the context after
     * {@link #PREFIXES} with namespaces made from the base IRI: the forums (and their local units), the
     * categories, the municipalities and the meetings. Each namespace ends in {@code /}, so a JSON-LD 1.1
     * processor uses the term as a prefix; the percent-encoded segments after it never contain {@code /} or
     * {@code :}, so a compact IRI always expands to the IRI the scheme gives.
     */
    static final String FORUM_PREFIX = "forum";
    /** The prefix of the categories' IRIs. */
    static final String CATEGORY_PREFIX = "kategori";
    /** The prefix of the municipalities' IRIs. */
    static final String MUNICIPALITY_PREFIX = "kommune";
    /** The prefix of the meetings' IRIs. */
    static final String MEETING_PREFIX = "moede";

    /** The term names, as pre-encoded constants for the writer. */
    static final class T {
        static final SerializedString NAME = new SerializedString("name");
        static final SerializedString DESCRIPTION = new SerializedString("description");
        static final SerializedString TEXT = new SerializedString("text");
        static final SerializedString POSITION = new SerializedString("position");
        static final SerializedString IDENTIFIER = new SerializedString("identifier");
        static final SerializedString IN_LANGUAGE = new SerializedString("inLanguage");
        static final SerializedString TEMPORAL_COVERAGE = new SerializedString("temporalCoverage");
        static final SerializedString PUBLISHER = new SerializedString("publisher");
        static final SerializedString HAS_PART = new SerializedString("hasPart");
        static final SerializedString ABOUT = new SerializedString("about");
        static final SerializedString AREA_SERVED = new SerializedString("areaServed");
        static final SerializedString EVENT = new SerializedString("event");
        static final SerializedString START_DATE = new SerializedString("startDate");
        static final SerializedString ORGANIZER = new SerializedString("organizer");
        static final SerializedString MIN_VALUE = new SerializedString("minValue");
        static final SerializedString MAX_VALUE = new SerializedString("maxValue");
        static final SerializedString UNIT_TEXT = new SerializedString("unitText");
        static final SerializedString CONFORMS_TO = new SerializedString("conformsTo");
        static final SerializedString CLASSIFICATION = new SerializedString("classification");
        static final SerializedString HAS_POST = new SerializedString("hasPost");
        static final SerializedString HAS_UNIT = new SerializedString("hasUnit");
        static final SerializedString LINKED_TO = new SerializedString("linkedTo");
        static final SerializedString PREF_LABEL = new SerializedString("prefLabel");
        static final SerializedString NOTATION = new SerializedString("notation");
        static final SerializedString IN_SCHEME = new SerializedString("inScheme");
        static final SerializedString HAS_TOP_CONCEPT = new SerializedString("hasTopConcept");
        static final SerializedString FREQUENCY = new SerializedString("frequency");
        static final SerializedString EDITION = new SerializedString("edition");
        static final SerializedString PLAN_STATUS = new SerializedString("planStatus");
        static final SerializedString DISCUSSED = new SerializedString("discussedInDistrictCouncil");
        static final SerializedString MEETING_FREQUENCY = new SerializedString("meetingFrequency");
        static final SerializedString FREQUENCY_KIND = new SerializedString("frequencyKind");
        static final SerializedString FREQUENCY_TEXT = new SerializedString("frequencyText");
        static final SerializedString YEAR_COUNT = new SerializedString("yearCount");
        static final SerializedString MEETING_COUNT = new SerializedString("meetingCount");
        static final SerializedString YEAR = new SerializedString("year");
        static final SerializedString TERMS_OF_REFERENCE = new SerializedString("termsOfReference");
        static final SerializedString GOALS = new SerializedString("goals");
        static final SerializedString ACTION_PLAN = new SerializedString("actionPlan");
        static final SerializedString NOTES = new SerializedString("notes");
        static final SerializedString MEETING_STATUS = new SerializedString("meetingStatus");

        private T() {
        }
    }

    private Context() {
    }

    /**
     * Writes {@code "@context": {...}} as the next property of the current object: the prefixes (those of the
     * vocabularies, then those of the export's own IRIs), then each term, a term without coercion as a simple
     * term definition ({@code "name": "schema:name"}), the others as expanded term definitions.
     */
    static void write(JsonGenerator g, Iris iris) {
        g.writeName("@context");
        g.writeStartObject();
        g.writeNumberProperty("@version", new BigDecimal("1.1"));
        g.writeStringProperty("@language", "da");
        for (String[] prefix : PREFIXES) {
            g.writeStringProperty(prefix[0], prefix[1]);
        }
        g.writeStringProperty(FORUM_PREFIX, iris.forumNamespace());
        g.writeStringProperty(CATEGORY_PREFIX, iris.categoryNamespace());
        g.writeStringProperty(MUNICIPALITY_PREFIX, iris.municipalityNamespace());
        g.writeStringProperty(MEETING_PREFIX, iris.meetingNamespace());
        for (Term term : TERMS) {
            if (term.coercion() == Coercion.TEXT || term.coercion() == Coercion.NONE) {
                g.writeName(term.name());
                g.writeString(term.iri());
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
