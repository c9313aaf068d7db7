package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The baseline: the plan as its JSON plan file, written with a raw jackson-core generator walk straight to the
 * stream (UTF-8, nothing buffered beyond Jackson's own buffer). It writes exactly the bytes of
 * {@code PlanWriter.json()} (checked when a benchmark starts). It is kept apart from {@code PlanWriter}, which
 * streams the same bytes too, so that the baseline does not move when the library's writer changes.
 *
 * <p>Thread-safe: the factory is immutable, every call makes its own generator.
 */
public final class StreamingJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final ObjectWriteContext CONTEXT = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return PRETTY.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private StreamingJson() {
    }

    /**
     * Writes the plan as JSON; the stream is flushed, not closed.
     *
     * @param plan the plan
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(CooperationPlan plan, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(CONTEXT, out)) {
            plan(g, plan);
        }
        out.write('\n');
        out.flush();
    }

    private static void plan(JsonGenerator g, CooperationPlan plan) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", 1);
        g.writeName("district");
        g.writeStartObject();
        g.writeStringProperty("name", plan.district().name());
        optional(g, "code", plan.district().code());
        g.writeEndObject();
        g.writeNumberProperty("year", plan.year());
        g.writeNumberProperty("edition", plan.edition());
        g.writeStringProperty("status", plan.status().name().toLowerCase(Locale.ROOT));
        if (plan.discussedInDistrictCouncil().isPresent()) {
            g.writeStringProperty("discussedInDistrictCouncil", plan.discussedInDistrictCouncil().get().toString());
        }
        g.writeStringProperty("legalBasis", plan.legalBasis());
        g.writeStringProperty("title", plan.title());
        optional(g, "subtitle", plan.subtitle());
        g.writeName("sections");
        g.writeStartArray();
        for (Section section : plan.sections()) {
            g.writeStartObject();
            g.writeStringProperty("title", section.title());
            texts(g, "paragraphs", section.paragraphs(), true);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("categories");
        g.writeStartArray();
        for (Category category : plan.categories()) {
            g.writeStartObject();
            g.writeStringProperty("id", category.id());
            g.writeNumberProperty("number", category.number());
            g.writeStringProperty("title", category.title());
            g.writeName("forums");
            g.writeStartArray();
            for (Forum forum : category.forums()) {
                forum(g, forum);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void forum(JsonGenerator g, Forum forum) {
        g.writeStartObject();
        g.writeStringProperty("id", forum.id());
        g.writeStringProperty("name", forum.name());
        g.writeStringProperty("topic", forum.topic());
        texts(g, "representatives", forum.representatives(), true);
        g.writeStringProperty("frequency", forum.frequency().format());
        optional(g, "termsOfReference", forum.termsOfReference());
        texts(g, "goals", forum.goals(), false);
        optional(g, "actionPlan", forum.actionPlan());
        texts(g, "interfaces", forum.interfaces(), false);
        texts(g, "notes", forum.notes(), false);
        if (!forum.localUnits().isEmpty()) {
            g.writeName("localUnits");
            g.writeStartArray();
            for (LocalUnit unit : forum.localUnits()) {
                localUnit(g, unit);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void localUnit(JsonGenerator g, LocalUnit unit) {
        g.writeStartObject();
        g.writeName("municipality");
        g.writeStartObject();
        g.writeStringProperty("code", unit.municipality().code());
        g.writeStringProperty("name", unit.municipality().name());
        g.writeEndObject();
        if (!unit.meetings().isEmpty()) {
            g.writeName("meetings");
            g.writeStartArray();
            for (Meeting meeting : unit.meetings()) {
                if (meeting.status().isEmpty()) {
                    g.writeString(meeting.date().toString());
                } else {
                    g.writeStartObject();
                    g.writeStringProperty("date", meeting.date().toString());
                    g.writeStringProperty("status", meeting.status().get().name().toLowerCase(Locale.ROOT));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        optional(g, "actionPlan", unit.actionPlan());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private static void texts(JsonGenerator g, String name, List<String> values, boolean always) {
        if (values.isEmpty() && !always) {
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
