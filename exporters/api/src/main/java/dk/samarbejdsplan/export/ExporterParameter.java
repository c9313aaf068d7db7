package dk.samarbejdsplan.export;

import java.util.List;
import java.util.Objects;

/**
 * A string parameter an exporter reads from {@link ExportOptions#parameters()}, as listed by
 * {@link PlanExporter#parameters()}: its key (prefixed with the exporter's id, e.g. {@code csv.delimiter}), a
 * short description for people, and its allowed values (empty when any text is allowed, e.g. a folder or an IRI).
 *
 * @param key the key, for example {@code csv.delimiter}
 * @param description what it does, in English, one line
 * @param allowedValues the allowed values, for example {@code [",", ";"]}; empty when free text
 */
public record ExporterParameter(String key, String description, List<String> allowedValues) {

    /**
     * @throws NullPointerException if an argument is null
     */
    public ExporterParameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        allowedValues = List.copyOf(allowedValues);
    }

    /**
     * A parameter that takes free text.
     *
     * @param key the key
     * @param description what it does
     * @return the parameter
     */
    public static ExporterParameter freeText(String key, String description) {
        return new ExporterParameter(key, description, List.of());
    }
}
