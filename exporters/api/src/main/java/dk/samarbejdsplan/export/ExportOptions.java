package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The options of one export: the output language, which output of the exporter to write, the other files of
 * the publication, typed format-specific options and string parameters (for command lines).
 *
 * <p>Immutable and thread-safe. {@link #defaults()} is Danish, main output.
 */
public final class ExportOptions {
    private static final ExportOptions DEFAULTS = builder().build();

    private final Language language;
    private final String output;
    private final List<RelatedFile> relatedFiles;
    private final Map<Class<?>, Object> formatOptions;
    private final Map<String, String> parameters;

    private ExportOptions(Builder b) {
        this.language = b.language;
        this.output = b.output;
        this.relatedFiles = List.copyOf(b.relatedFiles);
        this.formatOptions = Map.copyOf(b.formatOptions);
        this.parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(b.parameters));
    }

    /** @return Danish, the main output, no other options */
    public static ExportOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder().language(language).output(output).relatedFiles(relatedFiles);
        b.formatOptions.putAll(formatOptions);
        b.parameters.putAll(parameters);
        return b;
    }

    /** @return the language of the output (Danish by default) */
    public Language language() {
        return language;
    }

    /** @return the id of the output to write, {@code "main"} by default (see {@link PlanExporter#outputs()}) */
    public String output() {
        return output;
    }

    /** @return the other files of the publication, in the order to list them */
    public List<RelatedFile> relatedFiles() {
        return relatedFiles;
    }

    /**
     * The typed options of one format, for example {@code options.formatOptions(CsvOptions.class)}.
     *
     * @param <T> the options type
     * @param type the options type, defined by the exporter
     * @return the options, if the caller gave them
     */
    public <T> Optional<T> formatOptions(Class<T> type) {
        return Optional.ofNullable(formatOptions.get(type)).map(type::cast);
    }

    /**
     * A string parameter, by convention named {@code exporterId.name}, for example {@code csv.delimiter}.
     * Exporters document the ones they read; typed {@link #formatOptions(Class) format options} win over them.
     *
     * @param name the parameter name
     * @return the value, if given
     */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** @return every string parameter, sorted by name */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** Builds {@link ExportOptions}; not thread-safe. */
    public static final class Builder {
        private Language language = Language.DA;
        private String output = ExportOutput.MAIN.id();
        private final List<RelatedFile> relatedFiles = new ArrayList<>();
        private final Map<Class<?>, Object> formatOptions = new LinkedHashMap<>();
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Builder() {
        }

        /** @param value the output language @return this builder */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /** @param value the id of the output to write @return this builder */
        public Builder output(String value) {
            this.output = Objects.requireNonNull(value, "output");
            return this;
        }

        /** @param values the other files of the publication, replacing any set before @return this builder */
        public Builder relatedFiles(List<RelatedFile> values) {
            relatedFiles.clear();
            relatedFiles.addAll(values);
            return this;
        }

        /**
         * Sets the typed options of one format; one value per type.
         *
         * @param value the options object, for example a {@code CsvOptions}
         * @return this builder
         */
        public Builder formatOptions(Object value) {
            formatOptions.put(value.getClass(), value);
            return this;
        }

        /**
         * Sets a string parameter.
         *
         * @param name the name, {@code exporterId.name}
         * @param value the value
         * @return this builder
         */
        public Builder parameter(String name, String value) {
            parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @return the options */
        public ExportOptions build() {
            return new ExportOptions(this);
        }
    }
}
