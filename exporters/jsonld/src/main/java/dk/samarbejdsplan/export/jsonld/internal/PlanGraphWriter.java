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
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one plan as a JSON-LD document to a generator: the embedded context and a {@code @graph} of the plan,
 * the category scheme and the forums. One instance per export.
 */
final class PlanGraphWriter {
    private final JsonGenerator g;
    private final CooperationPlan plan;
    private final Language language;
    private final Iris iris;

    PlanGraphWriter(JsonGenerator generator, CooperationPlan plan, Language language, String baseIri) {
        this.g = generator;
        this.plan = plan;
        this.language = language;
        this.iris = new Iris(baseIri, plan);
    }

    void write() {
        g.writeStartObject();
        Context.write(g);
        g.writeName("@graph");
        g.writeStartArray();
        writePlan();
        writeCategoryScheme();
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                writeForum(category, forum);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // --- the plan ------------------------------------------------------------------------------------------

    private void writePlan() {
        g.writeStartObject();
        g.writeStringProperty("@id", iris.plan());
        types("prov:Plan", "schema:CreativeWork");
        g.writeStringProperty(T.NAME, plan.title());
        plan.subtitle().ifPresent(s -> g.writeStringProperty(T.DESCRIPTION, s));
        g.writeStringProperty(T.IN_LANGUAGE, "da");
        g.writeStringProperty(T.TEMPORAL_COVERAGE, Literals.xsdYear(plan.year()));
        g.writeNumberProperty(T.EDITION, plan.edition());
        g.writeStringProperty(T.PLAN_STATUS, plan.status() == PlanStatus.ADOPTED ? "sp:Adopted" : "sp:Draft");
        plan.discussedInDistrictCouncil().ifPresent(d -> g.writeStringProperty(T.DISCUSSED, Literals.xsdDate(d)));

        g.writeName(T.CONFORMS_TO);
        g.writeStartObject();
        types("schema:Legislation");
        g.writeStringProperty(T.NAME, plan.legalBasis());
        g.writeEndObject();

        g.writeName(T.PUBLISHER);
        g.writeStartObject();
        g.writeStringProperty("@id", iris.district());
        types("cv:PublicOrganisation", "org:Organization", "schema:GovernmentOrganization");
        g.writeStringProperty(T.NAME, plan.district().name());
        plan.district().code().ifPresent(c -> g.writeStringProperty(T.IDENTIFIER, c));
        g.writeEndObject();

        if (!plan.sections().isEmpty()) {
            g.writeName(T.HAS_PART);
            g.writeStartArray();
            int position = 1;
            for (Section section : plan.sections()) {
                g.writeStartObject();
                types("schema:CreativeWork");
                g.writeNumberProperty(T.POSITION, position++);
                g.writeStringProperty(T.NAME, section.title());
                if (!section.paragraphs().isEmpty()) {
                    g.writeStringProperty(T.TEXT, String.join("\n\n", section.paragraphs()));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        if (plan.forums().findAny().isPresent()) {
            g.writeName(T.ABOUT);
            g.writeStartArray();
            plan.forums().map(f -> iris.forum(f.id())).distinct().forEach(g::writeString);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    // --- the categories ------------------------------------------------------------------------------------

    private void writeCategoryScheme() {
        g.writeStartObject();
        g.writeStringProperty("@id", iris.categoryScheme());
        types("skos:ConceptScheme");
        fixedText(T.PREF_LABEL, (language == Language.DA ? "Kategorier af samarbejdsfora – "
                : "Categories of cooperation forums – ") + plan.district().name());
        if (!plan.categories().isEmpty()) {
            g.writeName(T.HAS_TOP_CONCEPT);
            g.writeStartArray();
            for (Category category : plan.categories()) {
                g.writeStartObject();
                g.writeStringProperty("@id", iris.category(category.id()));
                types("skos:Concept");
                g.writeNumberProperty(T.NOTATION, category.number());
                g.writeStringProperty(T.PREF_LABEL, category.title());
                g.writeStringProperty(T.IN_SCHEME, iris.categoryScheme());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    // --- a forum -------------------------------------------------------------------------------------------

    private void writeForum(Category category, Forum forum) {
        g.writeStartObject();
        g.writeStringProperty("@id", iris.forum(forum.id()));
        types("org:OrganizationalCollaboration", "org:Organization", "schema:Organization");
        g.writeStringProperty(T.NAME, forum.name());
        g.writeStringProperty(T.DESCRIPTION, forum.topic());
        g.writeStringProperty(T.CLASSIFICATION, iris.category(category.id()));

        if (!forum.representatives().isEmpty()) {
            g.writeName(T.HAS_POST);
            g.writeStartArray();
            for (String representative : forum.representatives()) {
                g.writeStartObject();
                types("org:Post");
                g.writeStringProperty(T.PREF_LABEL, representative);
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        MeetingFrequency frequency = forum.frequency();
        g.writeStringProperty(T.FREQUENCY, "freq:" + frequency.euFrequencyCode());
        writeFrequency(frequency);

        forum.termsOfReference().ifPresent(t -> g.writeStringProperty(T.TERMS_OF_REFERENCE, t));
        textList(T.GOALS, forum.goals());
        forum.actionPlan().ifPresent(t -> g.writeStringProperty(T.ACTION_PLAN, t));
        textList(T.NOTES, forum.notes());
        if (!forum.interfaces().isEmpty()) {
            g.writeName(T.LINKED_TO);
            g.writeStartArray();
            for (String other : forum.interfaces()) {
                g.writeString(iris.forum(other));
            }
            g.writeEndArray();
        }

        if (!forum.localUnits().isEmpty()) {
            g.writeName(T.HAS_UNIT);
            g.writeStartArray();
            for (LocalUnit unit : forum.localUnits()) {
                writeLocalUnit(forum, unit);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void writeFrequency(MeetingFrequency frequency) {
        g.writeName(T.MEETING_FREQUENCY);
        g.writeStartObject();
        types("sp:MeetingFrequency", "schema:QuantitativeValue");
        g.writeStringProperty(T.FREQUENCY_KIND, "sp:" + kindName(frequency.kind()));
        g.writeStringProperty(T.FREQUENCY_TEXT, frequency.format());
        fixedText(T.DESCRIPTION, frequency.describe(language));
        OptionalInt min = frequency.minPerYear();
        OptionalInt max = frequency.maxPerYear();
        if (min.isPresent()) {
            g.writeNumberProperty(T.MIN_VALUE, min.getAsInt());
        }
        if (max.isPresent()) {
            g.writeNumberProperty(T.MAX_VALUE, max.getAsInt());
        }
        if (min.isPresent() || max.isPresent()) {
            fixedText(T.UNIT_TEXT, language == Language.DA ? "møder om året" : "meetings a year");
        }
        frequency.yearCount().ifPresent(y -> {
            g.writeName(T.YEAR_COUNT);
            g.writeStartObject();
            types("sp:YearCount");
            g.writeNumberProperty(T.MEETING_COUNT, y.count());
            g.writeStringProperty(T.YEAR, Literals.xsdYear(y.year()));
            g.writeEndObject();
        });
        g.writeEndObject();
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
        String unitIri = iris.localUnit(forum, unit.municipality());
        String unitName = forum.name() + " – " + unit.municipality().name();
        g.writeStartObject();
        g.writeStringProperty("@id", unitIri);
        types("org:OrganizationalUnit", "org:Organization", "schema:Organization");
        g.writeStringProperty(T.NAME, unitName);

        g.writeName(T.AREA_SERVED);
        g.writeStartObject();
        g.writeStringProperty("@id", iris.municipality(unit.municipality()));
        types("schema:AdministrativeArea");
        g.writeStringProperty(T.NAME, unit.municipality().name());
        g.writeStringProperty(T.IDENTIFIER, unit.municipality().code());
        g.writeEndObject();

        unit.actionPlan().ifPresent(t -> g.writeStringProperty(T.ACTION_PLAN, t));

        if (!unit.meetings().isEmpty()) {
            g.writeName(T.EVENT);
            g.writeStartArray();
            for (Meeting meeting : unit.meetings()) {
                writeMeeting(forum, unit, unitIri, unitName, meeting);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void writeMeeting(Forum forum, LocalUnit unit, String unitIri, String unitName, Meeting meeting) {
        LocalDate date = meeting.date();
        g.writeStartObject();
        g.writeStringProperty("@id", iris.meeting(forum, unit.municipality(), date));
        types("schema:Event");
        fixedText(T.NAME, unitName + (language == Language.DA ? ": møde " : ": meeting ")
                + language.formatDate(date));
        g.writeStringProperty(T.START_DATE, Literals.xsdDate(date));
        g.writeStringProperty(T.ORGANIZER, unitIri);
        Optional<MeetingStatus> status = meeting.status();
        status.ifPresent(s -> g.writeStringProperty(T.MEETING_STATUS,
                s == MeetingStatus.HELD ? "sp:Held" : "sp:Planned"));
        g.writeEndObject();
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private void types(String... types) {
        g.writeName("@type");
        if (types.length == 1) {
            g.writeString(types[0]);
            return;
        }
        g.writeStartArray();
        for (String type : types) {
            g.writeString(type);
        }
        g.writeEndArray();
    }

    /**
     * A text the exporter writes itself, in the output language: a plain string when that is Danish (the
     * context's default language), else a value object tagged with the language.
     */
    private void fixedText(String name, String text) {
        if (language == Language.DA) {
            g.writeStringProperty(name, text);
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        g.writeStringProperty("@value", text);
        g.writeStringProperty("@language", language.tag());
        g.writeEndObject();
    }

    private void textList(String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
