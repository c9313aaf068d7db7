package dk.samarbejdsplan.model.io;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.EndedForum;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.model.io.internal.JacksonFactories;
import dk.samarbejdsplan.model.io.internal.PlanMapper;
import dk.samarbejdsplan.model.io.internal.PlanYamlFactory;
import dk.samarbejdsplan.model.io.internal.YamlEscapingWriter;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * Text must be valid Unicode: a text with an unpaired surrogate (half of a UTF-16 pair) cannot be held in UTF-8
 * by either format, so both refuse it, to every sink, with a {@link PlanWriteException} naming the surrogate
 * and the text before it (nothing is escaped or replaced: what is written always reads back identically).
 *
 * <p>The {@code write} methods stream: the text goes to the sink in pieces as the plan is walked, so writing
 * a plan of 100 000 forums needs no more memory than the plan itself and a few buffers. {@link
 * #toString(CooperationPlan)} builds the whole text, for small uses.
 *
 * <p>Immutable and thread-safe: share the two writers between threads.
 */
public final class PlanWriter {
    private static final PlanWriter YAML = new PlanWriter(PlanFormat.YAML);
    private static final PlanWriter JSON = new PlanWriter(PlanFormat.JSON);

    /** The buffer between the generator and a file channel, in bytes. */
    private static final int FILE_BUFFER_SIZE = 1 << 16;

    /**
     * The start of the first line of a YAML plan file that names its JSON Schema for editors (the YAML extension
     * of VS Code, IntelliJ): {@code # yaml-language-server: $schema=} and the schema's location.
     */
    public static final String SCHEMA_LINE_PREFIX = "# yaml-language-server: $schema=";

    private final PlanFormat format;
    /** The schema location of the first line (YAML), or null for none. */
    private final String schemaLocation;

    private PlanWriter(PlanFormat format) {
        this(format, null);
    }

    private PlanWriter(PlanFormat format, String schemaLocation) {
        this.format = format;
        this.schemaLocation = schemaLocation;
    }

    /**
     * A writer that starts a YAML file with the line {@value #SCHEMA_LINE_PREFIX}{@code location}, so that an
     * editor checks the file against the schema as it is typed; JSON is written as before (it has no comments).
     *
     * @param location the schema's location: a URL, or a path relative to the written file's folder
     * @return the writer
     */
    public PlanWriter withSchemaLine(String location) {
        return new PlanWriter(format, Objects.requireNonNull(location, "location"));
    }

    /**
     * The schema location that a YAML plan file names on its first line ({@value #SCHEMA_LINE_PREFIX}...), as
     * seen from another file: a relative path is made relative to the other file's folder, a URL is kept.
     *
     * @param planFile a plan file
     * @param otherFile a file to be written, for example next year's plan
     * @return the location, or empty if the plan file has no such first line (or cannot be read)
     */
    public static Optional<String> schemaLocation(Path planFile, Path otherFile) {
        String first;
        try (BufferedReader reader = Files.newBufferedReader(planFile, StandardCharsets.UTF_8)) {
            first = reader.readLine();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        if (first != null && first.startsWith("\uFEFF")) {
            first = first.substring(1); // a byte order mark
        }
        if (first == null || !first.startsWith(SCHEMA_LINE_PREFIX)) {
            return Optional.empty();
        }
        String location = first.substring(SCHEMA_LINE_PREFIX.length()).strip();
        if (location.isEmpty()) {
            return Optional.empty();
        }
        if (location.contains(":")) {
            return Optional.of(location); // a URL
        }
        try {
            Path schema = planFile.toAbsolutePath().getParent().resolve(location).normalize();
            Path from = otherFile.toAbsolutePath().getParent();
            return Optional.of(from.relativize(schema).toString().replace('\\', '/'));
        } catch (IllegalArgumentException e) { // InvalidPathException; relativize across roots
            return Optional.empty(); // not a path on this system
        }
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
     * Writes a plan as text, as it goes: the writer receives the text in pieces while the plan is walked, and
     * nothing of the size of the whole document is held in memory. The writer is flushed, not closed. If
     * writing fails, the writer may have received the first part of the text; use {@link #write(CooperationPlan,
     * Path)} for all or nothing.
     *
     * @param plan the plan
     * @param out where to write
     * @throws PlanWriteException if a text holds an unpaired surrogate
     * @throws IOException if writing fails
     */
    public void write(CooperationPlan plan, Writer out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        if (format == PlanFormat.YAML) {
            writeYaml(plan, out);
        } else {
            emit(plan, () -> JacksonFactories.jsonWriting().createGenerator(JsonContext.INSTANCE, out));
            out.write('\n');
        }
        out.flush();
    }

    /**
     * Writes a plan as UTF-8 bytes, as it goes: the stream receives the bytes in pieces while the plan is
     * walked, and nothing of the size of the whole document is held in memory. The stream is flushed, not
     * closed. If writing fails, the stream may have received the first part of the document; use {@link
     * #write(CooperationPlan, Path)} for all or nothing.
     *
     * @param plan the plan
     * @param out where to write
     * @throws PlanWriteException if a text holds an unpaired surrogate
     * @throws IOException if writing fails
     */
    public void write(CooperationPlan plan, OutputStream out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        if (format == PlanFormat.YAML) {
            // the emitter refuses an unpaired surrogate; the strict encoder is a second line of defence
            Writer encoder = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            writeYaml(plan, encoder);
            encoder.flush();
        } else {
            // Jackson's UTF-8 generator writes the bytes itself (no Writer and encoder in between); it would
            // escape an unpaired surrogate, which the emitter refuses first, as the format's UTF-8 cannot hold it
            emit(plan, () -> JacksonFactories.jsonWriting().createGenerator(JsonContext.INSTANCE, out));
            out.write('\n');
            out.flush();
        }
    }

    /** Streams the YAML through the writer that escapes the invisible characters, then ends the last line. */
    private void writeYaml(CooperationPlan plan, Writer out) throws IOException {
        if (schemaLocation != null) {
            out.write(SCHEMA_LINE_PREFIX + schemaLocation + "\n");
        }
        YamlEscapingWriter escaping = new YamlEscapingWriter(out);
        emit(plan, () -> JacksonFactories.yamlWriting().createGenerator(ObjectWriteContext.empty(), escaping));
        if (escaping.lastChar() != '\n') {
            escaping.write('\n');
        }
        escaping.flush();
    }

    /**
     * Writes a plan to a file, replacing it if it exists. The bytes are streamed to a temporary file beside it
     * as the plan is walked, forced to disk and then moved over the target (atomically where the file system
     * can), so the target is never left half-written; on failure the temporary file is removed and the target
     * is as before.
     *
     * @param plan the plan
     * @param file the file
     * @throws PlanWriteException if a text holds an unpaired surrogate (the file is as before)
     * @throws IOException if the file cannot be written
     */
    public void write(CooperationPlan plan, Path file) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            keepPermissions(absolute, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                // not closed here: closing the stream would close the channel before it is forced
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), FILE_BUFFER_SIZE);
                write(plan, out);
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
     * The plan as text, for small uses (tests, previews): the whole document is held in memory; to write a
     * plan use {@link #write(CooperationPlan, Writer)}, {@link #write(CooperationPlan, OutputStream)} or
     * {@link #write(CooperationPlan, Path)}, which stream.
     *
     * @param plan the plan
     * @return the plan file's text, ending in a line end
     * @throws UncheckedIOException around a {@link PlanWriteException} if a text holds an unpaired surrogate
     */
    public String toString(CooperationPlan plan) {
        Objects.requireNonNull(plan, "plan");
        StringWriter out = new StringWriter();
        try {
            write(plan, out);
        } catch (PlanWriteException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (IOException e) {
            // writing to a StringWriter cannot fail for I/O; this would be a bug in the emitter
            throw new IllegalStateException("could not write the plan as " + format + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Walks the plan through a new generator and closes it; a failure of either becomes {@link #failure}'s. */
    private static void emit(CooperationPlan plan, Supplier<JsonGenerator> generators) throws IOException {
        try (JsonGenerator generator = generators.get()) {
            new Emitter(generator).plan(plan);
        } catch (JacksonException | UncheckedIOException e) {
            throw failure(e);
        }
    }

    /**
     * The exception to throw for a failed write: the target's own {@link IOException} where Jackson (or
     * SnakeYAML Engine) wrapped one, or the emitter's {@link PlanWriteException}, else an {@code IOException}
     * around the failure.
     */
    private static IOException failure(RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return new IOException("could not write the plan: " + e.getMessage(), e);
    }

    /** Walks a plan and writes it, keys in the format's order. */
    private static final class Emitter {
        private static final String[] MEETING_STATUS = names(MeetingStatus.values());
        private static final String[] PLAN_STATUS = names(PlanStatus.values());

        private final JsonGenerator g;

        /**
         * @param g the generator
         */
        Emitter(JsonGenerator g) {
            this.g = g;
        }

        private static String[] names(Enum<?>[] constants) {
            String[] names = new String[constants.length];
            for (Enum<?> constant : constants) {
                names[constant.ordinal()] = constant.name().toLowerCase(Locale.ROOT);
            }
            return names;
        }

        void plan(CooperationPlan plan) {
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", PlanMapper.FORMAT_VERSION);
            g.writeName("district");
            g.writeStartObject();
            text("name", plan.district().name());
            optional("code", plan.district().code());
            g.writeEndObject();
            g.writeNumberProperty("year", plan.year());
            g.writeNumberProperty("edition", plan.edition());
            g.writeStringProperty("status", PLAN_STATUS[plan.status().ordinal()]);
            if (plan.discussedInDistrictCouncil().isPresent()) {
                g.writeName("discussedInDistrictCouncil");
                date(plan.discussedInDistrictCouncil().get());
            }
            text("legalBasis", plan.legalBasis());
            text("title", plan.title());
            optional("subtitle", plan.subtitle());
            array("sections", plan.sections(), true, this::section);
            array("categories", plan.categories(), true, this::category);
            array("endedForums", plan.endedForums(), false, this::endedForum);
            g.writeEndObject();
        }

        private void section(Section section) {
            g.writeStartObject();
            text("title", section.title());
            texts("paragraphs", section.paragraphs(), true);
            g.writeEndObject();
        }

        private void category(Category category) {
            g.writeStartObject();
            text("id", category.id());
            g.writeNumberProperty("number", category.number());
            text("title", category.title());
            array("forums", category.forums(), true, this::forum);
            g.writeEndObject();
        }

        private void forum(Forum forum) {
            g.writeStartObject();
            text("id", forum.id());
            text("name", forum.name());
            text("topic", forum.topic());
            texts("representatives", forum.representatives(), true);
            text("frequency", forum.frequency().format());
            optional("termsOfReference", forum.termsOfReference());
            texts("goals", forum.goals(), false);
            optional("actionPlan", forum.actionPlan());
            texts("interfaces", forum.interfaces(), false);
            texts("notes", forum.notes(), false);
            array("localUnits", forum.localUnits(), false, this::localUnit);
            g.writeEndObject();
        }

        private void localUnit(LocalUnit unit) {
            g.writeStartObject();
            g.writeName("municipality");
            g.writeStartObject();
            text("code", unit.municipality().code());
            text("name", unit.municipality().name());
            g.writeEndObject();
            array("meetings", unit.meetings(), false, this::meeting);
            optional("actionPlan", unit.actionPlan());
            g.writeEndObject();
        }

        /** A meeting without a status is its date alone. */
        private void meeting(Meeting meeting) {
            if (meeting.status().isEmpty()) {
                date(meeting.date());
            } else {
                g.writeStartObject();
                g.writeName("date");
                date(meeting.date());
                g.writeStringProperty("status", MEETING_STATUS[meeting.status().get().ordinal()]);
                g.writeEndObject();
            }
        }

        private void endedForum(EndedForum ended) {
            g.writeStartObject();
            text("id", ended.id());
            text("reason", ended.reason());
            g.writeEndObject();
        }

        private void optional(String name, Optional<String> value) {
            if (value.isPresent()) {
                text(name, value.get());
            }
        }

        private void texts(String name, List<String> values, boolean always) {
            array(name, values, always, value -> g.writeString(checked(value)));
        }

        /** A named array, each item written by {@code item}; an empty one is left out unless {@code always}. */
        private <T> void array(String name, List<T> items, boolean always, Consumer<T> item) {
            if (items.isEmpty() && !always) {
                return;
            }
            g.writeName(name);
            g.writeStartArray();
            for (T value : items) {
                item.accept(value);
            }
            g.writeEndArray();
        }

        private void text(String name, String value) {
            g.writeStringProperty(name, checked(value));
        }

        /** The text, checked for unpaired surrogates, which neither format can hold in UTF-8. */
        private String checked(String value) {
            for (int i = 0, n = value.length(); i < n; i++) {
                char c = value.charAt(i);
                if (Character.isSurrogate(c)) {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < n
                            && Character.isLowSurrogate(value.charAt(i + 1));
                    if (paired) {
                        i++;
                    } else {
                        String code = "U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
                        String before = value.substring(0, Math.min(i, 40));
                        throw new UncheckedIOException(new PlanWriteException(
                                "en tekst indeholder et uparret surrogattegn (" + code + " efter \"" + before
                                        + "\"), som ikke er gyldig Unicode og ikke kan skrives som UTF-8 — ret teksten",
                                "a text holds an unpaired surrogate (" + code + " after \"" + before
                                        + "\"), which is not valid Unicode and cannot be written as UTF-8 — correct the text"));
                    }
                }
            }
            return value;
        }

        /** An ISO date: unquoted in YAML (it is safe as a plain scalar), a string in JSON. */
        private void date(LocalDate date) {
            String isoDate = DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            // years 0 to 9999 give dddd-dd-dd, a plain scalar; others have a sign and are quoted
            if (g instanceof PlanYamlFactory.StyledGenerator yaml && date.getYear() >= 0 && date.getYear() <= 9999) {
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
