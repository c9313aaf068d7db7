package dk.samarbejdsplan.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two notations of a plan file (<i>planfil</i>): YAML, which people edit, and JSON, which systems
 * exchange. Both hold the same data under the same keys, described by one JSON Schema, {@link #jsonSchema()}.
 */
public enum PlanFormat {
    /** YAML 1.2, file extension {@code .yaml} or {@code .yml}. */
    YAML("application/yaml", List.of(".yaml", ".yml")),
    /** JSON (RFC 8259), file extension {@code .json}. */
    JSON("application/json", List.of(".json"));

    private final String mediaType;
    private final List<String> extensions;

    PlanFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The class path resource of the format's JSON Schema (draft 2020-12), for both notations. */
    public static final String SCHEMA_RESOURCE = "dk/samarbejdsplan/model/io/samarbejdsplan-plan.schema.json";

    /**
     * The JSON Schema (draft 2020-12) of the plan file format; it describes YAML and JSON plan files alike.
     * Use this method rather than loading {@link #SCHEMA_RESOURCE} yourself: on the module path the resource
     * is encapsulated in this module.
     *
     * @return the schema, as JSON text
     */
    public static String jsonSchema() {
        try (InputStream in = PlanFormat.class.getResourceAsStream("/" + SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plan schema " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the plan schema " + SCHEMA_RESOURCE, e);
        }
    }

    /** @return the media type, {@code application/yaml} or {@code application/json} */
    public String mediaType() {
        return mediaType;
    }

    /** @return the file extensions, with the dot, the preferred one first */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The format of a file, from its extension (ignoring case).
     *
     * @param file a file name or path
     * @return the format, or empty if the extension is none of {@code .yaml}, {@code .yml}, {@code .json}
     */
    public static Optional<PlanFormat> ofFile(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : ofFileName(name.toString());
    }

    /**
     * The format of a file name, from its extension (ignoring case).
     *
     * @param fileName a file name, for example {@code samarbejdsplan-2007.yaml}
     * @return the format, or empty if the extension is none of {@code .yaml}, {@code .yml}, {@code .json}
     */
    public static Optional<PlanFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (PlanFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension) && lower.length() > extension.length()) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
