package dk.samarbejdsplan.model.io;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.model.io.internal.JacksonFactories;
import dk.samarbejdsplan.model.io.internal.PlanMapper;
import dk.samarbejdsplan.model.io.internal.PlanYamlFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes plans as plan files, YAML ({@link #yaml()}) or JSON ({@link #json()}), in the format
 * {@link PlanReader} reads: {@code formatVersion: 1} first, then the keys in the format's order, every
 * category with its {@code number}, optional values left out when empty.
 *
 * <p>The output is deterministic: the same plan gives the same bytes on every machine (UTF-8, {@code "\n"} line
 * ends, a final line end). YAML is written for people: quotes only where a value could be misread, multi-line
 * text as literal blocks ({@code |}) where that keeps it exact, dates unquoted; any other text is double-quoted
 * with escapes, so that every Unicode text (control characters, CR, U+2028, emoji, leading or trailing blanks,
 * {@code "yes"}, {@code "null"}, {@code "2007-10-26"}, {@code ": "}, {@code "#"}) reads back exactly.
 * Text should be valid Unicode: YAML escapes an unpaired surrogate, but JSON cannot hold one in UTF-8, so
 * writing it as JSON to a file or stream fails.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanWriter {
    private static final PlanWriter YAML = new PlanWriter(PlanFormat.YAML);
    private static final PlanWriter JSON = new PlanWriter(PlanFormat.JSON);

    private final PlanFormat format;

    private PlanWriter(PlanFormat format) {
        this.format = format;
    }

    /** @return the YAML writer */
    public static PlanWriter yaml() {
        return YAML;
    }

    /** @return the JSON writer */
    public static PlanWriter json() {
        return JSON;
    }

    /**
     * The writer for a format.
     *
     * @param format YAML or JSON
     * @return the writer
     */
    public static PlanWriter of(PlanFormat format) {
        return Objects.requireNonNull(format, "format") == PlanFormat.YAML ? YAML : JSON;
    }

    /** @return the format this writer writes */
    public PlanFormat format() {
        return format;
    }

    /**
     * Writes a plan as text. The writer is flushed, not closed.
     *
     * @param plan the plan
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void write(CooperationPlan plan, Writer out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        out.write(toString(plan));
        out.flush();
    }

    /**
     * Writes a plan as UTF-8 bytes. The stream is flushed, not closed.
     *
     * @param plan the plan
     * @param out where to write
     * @throws IOException if writing fails, or a text holds an unpaired surrogate (not encodable as UTF-8)
     */
    public void write(CooperationPlan plan, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(encode(toString(plan)));
        out.flush();
    }

    /**
     * Writes a plan to a file, replacing it if it exists. The text is written to a temporary file beside it,
     * forced to disk and then moved over the target (atomically where the file system can), so the target is
     * never left half-written; on failure the temporary file is removed and the target is as before.
     *
     * @param plan the plan
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public void write(CooperationPlan plan, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = encode(toString(plan));
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            keepPermissions(absolute, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Gives the temporary file the permissions of the file it replaces, or those of a new file ({@code
     * rw-r--r--}), rather than the owner-only permissions of a temporary file.
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): files get the folder's default access
        }
    }

    /**
     * The plan as text.
     *
     * @param plan the plan
     * @return the plan file's text, ending in a line end
     */
    public String toString(CooperationPlan plan) {
        Objects.requireNonNull(plan, "plan");
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = format == PlanFormat.YAML
                ? JacksonFactories.yamlWriting().createGenerator(ObjectWriteContext.empty(), out)
                : JacksonFactories.jsonWriting().createGenerator(JsonContext.INSTANCE, out)) {
            new Emitter(generator).plan(plan);
        } catch (JacksonException e) {
            // writing to a StringWriter cannot fail for I/O; this would be a bug in the emitter
            throw new IllegalStateException("could not write the plan as " + format + ": " + e.getMessage(), e);
        }
        String text = out.toString();
        if (format == PlanFormat.YAML) {
            // these can only occur inside double-quoted scalars (YamlStyles never writes them plain or in a
            // block), where SnakeYAML Engine writes them raw; escape them, as YAML 1.1 readers break lines there
            // and people cannot see them
            text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\uFEFF", "\\uFEFF");
        }
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static byte[] encode(String text) throws CharacterCodingException {
        ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** Walks a plan and writes it, keys in the format's order. */
    private static final class Emitter {
        private final JsonGenerator g;

        Emitter(JsonGenerator g) {
            this.g = g;
        }

        void plan(CooperationPlan plan) {
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", PlanMapper.FORMAT_VERSION);
            g.writeName("district");
            g.writeStartObject();
            g.writeStringProperty("name", plan.district().name());
            optional("code", plan.district().code());
            g.writeEndObject();
            g.writeNumberProperty("year", plan.year());
            g.writeNumberProperty("edition", plan.edition());
            g.writeStringProperty("status", plan.status().name().toLowerCase(Locale.ROOT));
            if (plan.discussedInDistrictCouncil().isPresent()) {
                g.writeName("discussedInDistrictCouncil");
                date(plan.discussedInDistrictCouncil().get().toString());
            }
            g.writeStringProperty("legalBasis", plan.legalBasis());
            g.writeStringProperty("title", plan.title());
            optional("subtitle", plan.subtitle());
            g.writeName("sections");
            g.writeStartArray();
            for (Section section : plan.sections()) {
                g.writeStartObject();
                g.writeStringProperty("title", section.title());
                texts("paragraphs", section.paragraphs(), true);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("categories");
            g.writeStartArray();
            for (Category category : plan.categories()) {
                category(category);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void category(Category category) {
            g.writeStartObject();
            g.writeStringProperty("id", category.id());
            g.writeNumberProperty("number", category.number());
            g.writeStringProperty("title", category.title());
            g.writeName("forums");
            g.writeStartArray();
            for (Forum forum : category.forums()) {
                forum(forum);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void forum(Forum forum) {
            g.writeStartObject();
            g.writeStringProperty("id", forum.id());
            g.writeStringProperty("name", forum.name());
            g.writeStringProperty("topic", forum.topic());
            texts("representatives", forum.representatives(), true);
            g.writeStringProperty("frequency", forum.frequency().format());
            optional("termsOfReference", forum.termsOfReference());
            texts("goals", forum.goals(), false);
            optional("actionPlan", forum.actionPlan());
            texts("interfaces", forum.interfaces(), false);
            texts("notes", forum.notes(), false);
            if (!forum.localUnits().isEmpty()) {
                g.writeName("localUnits");
                g.writeStartArray();
                for (LocalUnit unit : forum.localUnits()) {
                    localUnit(unit);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        private void localUnit(LocalUnit unit) {
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
                        date(meeting.date().toString());
                    } else {
                        g.writeStartObject();
                        g.writeName("date");
                        date(meeting.date().toString());
                        g.writeStringProperty("status", meeting.status().get().name().toLowerCase(Locale.ROOT));
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            }
            optional("actionPlan", unit.actionPlan());
            g.writeEndObject();
        }

        private void optional(String name, Optional<String> value) {
            if (value.isPresent()) {
                g.writeStringProperty(name, value.get());
            }
        }

        private void texts(String name, List<String> values, boolean always) {
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

        /** An ISO date: unquoted in YAML (it is safe as a plain scalar), a string in JSON. */
        private void date(String isoDate) {
            if (g instanceof PlanYamlFactory.StyledGenerator yaml && isoDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
                yaml.writePlain(isoDate);
            } else {
                g.writeString(isoDate);
            }
        }
    }

    /** Pretty-printing for JSON: two spaces, {@code "\n"}, {@code "key": value}, one array item a line. */
    private static final class JsonContext extends ObjectWriteContext.Base {
        static final JsonContext INSTANCE = new JsonContext();
        private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return PRETTY.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

}
