package dk.samarbejdsplan.export.jsonld.internal;

import dk.samarbejdsplan.export.jsonld.internal.Context.T;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.export.EuFrequency;
import dk.samarbejdsplan.export.ExporterTexts;
import dk.samarbejdsplan.export.Wording;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * Writes one plan as a JSON-LD document to a generator: the embedded context and a {@code @graph} of the plan,
 * the category scheme and the forums. Property names and fixed values are {@link SerializedString} constants;
 * the exporter's own words come from {@code jsonld_da.properties} / {@code jsonld_en.properties} and
 * {@link Wording}. One instance per export.
 */
final class PlanGraphWriter {
    private static final SerializedString ID = new SerializedString("@id");
    private static final SerializedString TYPE = new SerializedString("@type");
    private static final SerializedString GRAPH = new SerializedString("@graph");
    private static final SerializedString VALUE = new SerializedString("@value");
    private static final SerializedString LANGUAGE = new SerializedString("@language");

    private static final Types PLAN = Types.of("prov:Plan", "schema:CreativeWork");
    private static final Types LEGISLATION = Types.of("schema:Legislation");
    private static final Types DISTRICT = Types.of("cv:PublicOrganisation", "org:Organization",
            "schema:GovernmentOrganization");
    private static final Types CREATIVE_WORK = Types.of("schema:CreativeWork");
    private static final Types CONCEPT_SCHEME = Types.of("skos:ConceptScheme");
    private static final Types CONCEPT = Types.of("skos:Concept");
    private static final Types FORUM = Types.of("org:OrganizationalCollaboration", "org:Organization",
            "schema:Organization");
    private static final Types POST = Types.of("org:Post");
    private static final Types MEETING_FREQUENCY = Types.of("sp:MeetingFrequency", "schema:QuantitativeValue");
    private static final Types YEAR_COUNT = Types.of("sp:YearCount");
    private static final Types LOCAL_UNIT = Types.of("org:OrganizationalUnit", "org:Organization",
            "schema:Organization");
    private static final Types AREA = Types.of("schema:AdministrativeArea");
    private static final Types EVENT = Types.of("schema:Event");

    private static final SerializedString DA = new SerializedString("da");
    private static final SerializedString ADOPTED = new SerializedString("sp:Adopted");
    private static final SerializedString DRAFT = new SerializedString("sp:Draft");
    private static final SerializedString HELD = new SerializedString("sp:Held");
    private static final SerializedString PLANNED = new SerializedString("sp:Planned");

    private final JsonGenerator g;
    private final CooperationPlan plan;
    private final Language language;
    private final Wording wording;
    private final Iris iris;
    /** The exporter's own words, looked up once per export: the name of the category scheme, … */
    private final String categoryScheme;
    /** The unit of a frequency's minimum and maximum ("møder om året"). */
    private final String unitText;
    /** What joins a local unit's name and a meeting's date in the meeting's name (": møde "). */
    private final String meetingSeparator;

    /**
     * @param generator where to write
     * @param plan the plan
     * @param words the exporter's own texts, in the output language
     * @param baseIri the base IRI
     */
    PlanGraphWriter(JsonGenerator generator, CooperationPlan plan, ExporterTexts words, String baseIri) {
        this.g = generator;
        this.plan = plan;
        this.language = words.language();
        this.wording = Wording.of(language);
        this.iris = new Iris(baseIri, plan);
        this.categoryScheme = words.text("categoryScheme");
        this.unitText = words.text("unitText");
        this.meetingSeparator = ": " + words.text("meeting") + " ";
    }

    void write() {
        List<Category> categories = plan.categories();
        String[] categoryIris = new String[categories.size()];
        for (int c = 0; c < categoryIris.length; c++) {
            categoryIris[c] = iris.category(categories.get(c).id());
        }
        g.writeStartObject();
        Context.write(g, iris);
        g.writeName(GRAPH);
        g.writeStartArray();
        writePlan();
        writeCategoryScheme(categoryIris);
        for (int c = 0; c < categoryIris.length; c++) {
            List<Forum> forums = categories.get(c).forums();
            for (int f = 0; f < forums.size(); f++) {
                writeForum(categoryIris[c], forums.get(f));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // --- the plan ------------------------------------------------------------------------------------------

    private void writePlan() {
        g.writeStartObject();
        id(iris.plan());
        types(g, PLAN);
        text(T.NAME, plan.title());
        plan.subtitle().ifPresent(s -> text(T.DESCRIPTION, s));
        g.writeName(T.IN_LANGUAGE);
        g.writeString(DA);
        text(T.TEMPORAL_COVERAGE, Literals.xsdYear(plan.year()));
        g.writeName(T.EDITION);
        g.writeNumber(plan.edition());
        g.writeName(T.PLAN_STATUS);
        g.writeString(plan.status() == PlanStatus.ADOPTED ? ADOPTED : DRAFT);
        plan.discussedInDistrictCouncil().ifPresent(d -> text(T.DISCUSSED, Literals.xsdDate(d)));

        g.writeName(T.CONFORMS_TO);
        g.writeStartObject();
        types(g, LEGISLATION);
        text(T.NAME, plan.legalBasis());
        g.writeEndObject();

        g.writeName(T.PUBLISHER);
        g.writeStartObject();
        id(iris.district());
        types(g, DISTRICT);
        text(T.NAME, plan.district().name());
        plan.district().code().ifPresent(c -> text(T.IDENTIFIER, c));
        g.writeEndObject();

        if (!plan.sections().isEmpty()) {
            g.writeName(T.HAS_PART);
            g.writeStartArray();
            int position = 1;
            for (Section section : plan.sections()) {
                g.writeStartObject();
                types(g, CREATIVE_WORK);
                g.writeName(T.POSITION);
                g.writeNumber(position++);
                text(T.NAME, section.title());
                if (!section.paragraphs().isEmpty()) {
                    text(T.TEXT, String.join("\n\n", section.paragraphs()));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        // every forum (the validator refuses a repeated forum id; were one repeated anyway, its IRI would be
        // listed twice, which says the same in RDF as once)
        List<Category> categories = plan.categories();
        if (hasForums(categories)) {
            g.writeName(T.ABOUT);
            g.writeStartArray();
            for (int c = 0; c < categories.size(); c++) {
                List<Forum> forums = categories.get(c).forums();
                for (int f = 0; f < forums.size(); f++) {
                    iris.writeForum(g, forums.get(f).id());
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Whether some category has a forum (a plain loop: no stream per export). */
    private static boolean hasForums(List<Category> categories) {
        for (int c = 0; c < categories.size(); c++) {
            if (!categories.get(c).forums().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // --- the categories ------------------------------------------------------------------------------------

    private void writeCategoryScheme(String[] categoryIris) {
        String scheme = iris.categoryScheme();
        g.writeStartObject();
        id(scheme);
        types(g, CONCEPT_SCHEME);
        fixedText(g, T.PREF_LABEL, categoryScheme + " – " + plan.district().name());
        if (!plan.categories().isEmpty()) {
            g.writeName(T.HAS_TOP_CONCEPT);
            g.writeStartArray();
            for (int c = 0; c < categoryIris.length; c++) {
                Category category = plan.categories().get(c);
                g.writeStartObject();
                id(categoryIris[c]);
                types(g, CONCEPT);
                g.writeName(T.NOTATION);
                g.writeNumber(category.number());
                text(T.PREF_LABEL, category.title());
                text(T.IN_SCHEME, scheme);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    // --- a forum -------------------------------------------------------------------------------------------

    private void writeForum(String categoryIri, Forum forum) {
        g.writeStartObject();
        g.writeName(ID);
        iris.writeForum(g, forum.id());
        types(g, FORUM);
        text(T.NAME, forum.name());
        text(T.DESCRIPTION, forum.topic());
        text(T.CLASSIFICATION, categoryIri);

        List<String> representatives = forum.representatives();
        if (!representatives.isEmpty()) {
            g.writeName(T.HAS_POST);
            g.writeStartArray();
            for (int i = 0; i < representatives.size(); i++) {
                g.writeStartObject();
                types(g, POST);
                text(T.PREF_LABEL, representatives.get(i));
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        writeFrequency(forum.frequency());

        optionalText(T.TERMS_OF_REFERENCE, forum.termsOfReference());
        textList(T.GOALS, forum.goals());
        optionalText(T.ACTION_PLAN, forum.actionPlan());
        textList(T.NOTES, forum.notes());
        List<String> interfaces = forum.interfaces();
        if (!interfaces.isEmpty()) {
            g.writeName(T.LINKED_TO);
            g.writeStartArray();
            for (int i = 0; i < interfaces.size(); i++) {
                iris.writeForum(g, interfaces.get(i));
            }
            g.writeEndArray();
        }

        List<LocalUnit> units = forum.localUnits();
        if (!units.isEmpty()) {
            iris.nextForum();
            g.writeName(T.HAS_UNIT);
            g.writeStartArray();
            for (int i = 0; i < units.size(); i++) {
                writeLocalUnit(forum, units.get(i));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The EU frequency and the forum's meeting frequency node. */
    private void writeFrequency(MeetingFrequency frequency) {
        JsonGenerator out = g;
        out.writeName(T.FREQUENCY);
        out.writeString(FREQUENCY_PREFIX + EuFrequency.code(frequency));
        out.writeName(T.MEETING_FREQUENCY);
        out.writeStartObject();
        types(out, MEETING_FREQUENCY);
        out.writeName(T.FREQUENCY_KIND);
        out.writeString(KINDS.get(frequency.kind()));
        out.writeName(T.FREQUENCY_TEXT);
        out.writeString(frequency.format());
        fixedText(out, T.DESCRIPTION, wording.frequency(frequency));
        OptionalInt min = frequency.minPerYear();
        OptionalInt max = frequency.maxPerYear();
        if (min.isPresent()) {
            out.writeName(T.MIN_VALUE);
            out.writeNumber(min.getAsInt());
        }
        if (max.isPresent()) {
            out.writeName(T.MAX_VALUE);
            out.writeNumber(max.getAsInt());
        }
        if (min.isPresent() || max.isPresent()) {
            fixedText(out, T.UNIT_TEXT, unitText);
        }
        Optional<MeetingFrequency.YearCount> yearCount = frequency.yearCount();
        if (yearCount.isPresent()) {
            MeetingFrequency.YearCount y = yearCount.get();
            out.writeName(T.YEAR_COUNT);
            out.writeStartObject();
            types(out, YEAR_COUNT);
            out.writeName(T.MEETING_COUNT);
            out.writeNumber(y.count());
            out.writeName(T.YEAR);
            out.writeString(Literals.xsdYear(y.year()));
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    /** The prefix of the EU Frequency authority table's codes in the context. */
    private static final String FREQUENCY_PREFIX = "freq:";

    /** The value of {@code sp:frequencyKind} of each kind ({@code sp:AtLeast}), made once. */
    private static final Map<MeetingFrequency.Kind, SerializedString> KINDS = kinds();

    private static Map<MeetingFrequency.Kind, SerializedString> kinds() {
        Map<MeetingFrequency.Kind, SerializedString> kinds = new EnumMap<>(MeetingFrequency.Kind.class);
        for (MeetingFrequency.Kind kind : MeetingFrequency.Kind.values()) {
            kinds.put(kind, new SerializedString("sp:" + kindName(kind)));
        }
        return kinds;
    }

    /** {@code AT_LEAST} → {@code AtLeast}: the local name of the kind in our vocabulary. */
    static String kindName(MeetingFrequency.Kind kind) {
        StringBuilder sb = new StringBuilder();
        for (String part : kind.name().split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    // --- local units and meetings --------------------------------------------------------------------------

    private void writeLocalUnit(Forum forum, LocalUnit unit) {
        Municipality municipality = unit.municipality();
        String unitIri = iris.localUnit(forum, municipality);
        String unitName = forum.name() + " – " + municipality.name();
        g.writeStartObject();
        id(unitIri);
        types(g, LOCAL_UNIT);
        text(T.NAME, unitName);

        g.writeName(T.AREA_SERVED);
        g.writeStartObject();
        id(iris.municipality(municipality));
        types(g, AREA);
        text(T.NAME, municipality.name());
        text(T.IDENTIFIER, municipality.code());
        g.writeEndObject();

        optionalText(T.ACTION_PLAN, unit.actionPlan());

        List<Meeting> meetings = unit.meetings();
        if (!meetings.isEmpty()) {
            String meetingPrefix = iris.meetingPrefix(forum, municipality);
            String namePrefix = unitName + meetingSeparator;
            g.writeName(T.EVENT);
            g.writeStartArray();
            for (int i = 0; i < meetings.size(); i++) {
                writeMeeting(meetingPrefix, unitIri, namePrefix, meetings.get(i));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void writeMeeting(String meetingPrefix, String unitIri, String namePrefix, Meeting meeting) {
        String xsdDate = Literals.xsdDate(meeting.date());
        g.writeStartObject();
        id(iris.meeting(meetingPrefix, xsdDate));
        types(g, EVENT);
        g.writeName(T.NAME);
        if (language != Language.DA) {
            g.writeStartObject();
            g.writeName(VALUE);
        }
        g.writeString(namePrefix + wording.date(meeting.date()));
        if (language != Language.DA) {
            g.writeName(LANGUAGE);
            g.writeString(language.tag());
            g.writeEndObject();
        }
        text(T.START_DATE, xsdDate);
        text(T.ORGANIZER, unitIri);
        Optional<MeetingStatus> status = meeting.status();
        if (status.isPresent()) {
            g.writeName(T.MEETING_STATUS);
            g.writeString(status.get() == MeetingStatus.HELD ? HELD : PLANNED);
        }
        g.writeEndObject();
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private void id(String iri) {
        g.writeName(ID);
        g.writeString(iri);
    }

    private void text(SerializedString name, String value) {
        g.writeName(name);
        g.writeString(value);
    }

    private void optionalText(SerializedString name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeName(name);
            g.writeString(value.get());
        }
    }

    /** {@code "@type": ...}: one type as a string, several as an array. */
    private void types(JsonGenerator out, Types types) {
        out.writeName(TYPE);
        if (types.names().length == 1) {
            out.writeString(types.names()[0]);
            return;
        }
        out.writeStartArray();
        for (SerializedString type : types.names()) {
            out.writeString(type);
        }
        out.writeEndArray();
    }

    /**
     * A text the exporter writes itself, in the output language: a plain string when that is Danish (the
     * context's default language), else a value object tagged with the language.
     */
    private void fixedText(JsonGenerator out, SerializedString name, String text) {
        out.writeName(name);
        if (language == Language.DA) {
            out.writeString(text);
            return;
        }
        out.writeStartObject();
        out.writeName(VALUE);
        out.writeString(text);
        out.writeName(LANGUAGE);
        out.writeString(language.tag());
        out.writeEndObject();
    }

    private void textList(SerializedString name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (int i = 0; i < values.size(); i++) {
            g.writeString(values.get(i));
        }
        g.writeEndArray();
    }

    /** The types of a kind of node, pre-encoded. */
    private record Types(SerializedString[] names) {
        static Types of(String... types) {
            SerializedString[] names = new SerializedString[types.length];
            for (int i = 0; i < types.length; i++) {
                names[i] = new SerializedString(types[i]);
            }
            return new Types(names);
        }
    }
}
