package dk.samarbejdsplan.publication;

import dk.samarbejdsplan.model.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to publish: the options of the command line's {@code publish}. Immutable; made with {@link #builder()}.
 */
public final class PublicationOptions {
    private final Language language;
    private final List<String> formats;
    private final Path templates;
    private final Path pluginFolder;
    private final Duration timeout;
    private final Map<String, String> parameters;

    private PublicationOptions(Builder b) {
        this.language = b.language;
        this.formats = List.copyOf(b.formats);
        this.templates = b.templates;
        this.pluginFolder = b.pluginFolder;
        this.timeout = b.timeout;
        this.parameters = Map.copyOf(b.parameters);
    }

    /** @return a builder with the defaults: Danish, every format, no templates, no plugins, 120 seconds */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults */
    public static PublicationOptions defaults() {
        return builder().build();
    }

    /** @return the language of the publication and of the messages */
    public Language language() {
        return language;
    }

    /** @return the ids of the exporters to run, in this order; empty for every exporter found */
    public List<String> formats() {
        return formats;
    }

    /** @return the folder of override templates for the HTML publication, if any */
    public Optional<Path> templates() {
        return Optional.ofNullable(templates);
    }

    /** @return the folder of exporter plugin jars, if any */
    public Optional<Path> pluginFolder() {
        return Optional.ofNullable(pluginFolder);
    }

    /** @return the time limit of loading the plugins, and of each export */
    public Duration timeout() {
        return timeout;
    }

    /** @return the exporter parameters (for example {@code csv.delimiter}), passed to every exporter */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** Builds {@link PublicationOptions}. */
    public static final class Builder {
        private Language language = Language.DA;
        private List<String> formats = List.of();
        private Path templates;
        private Path pluginFolder;
        private Duration timeout = Duration.ofSeconds(120);
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Builder() {
        }

        /** @param value the language @return this builder */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /** @param ids the exporter ids, in order; empty for every exporter @return this builder */
        public Builder formats(List<String> ids) {
            this.formats = List.copyOf(ids);
            return this;
        }

        /** @param folder the override templates folder, or {@code null} for none @return this builder */
        public Builder templates(Path folder) {
            this.templates = folder;
            return this;
        }

        /** @param folder the plugin folder, or {@code null} for none @return this builder */
        public Builder pluginFolder(Path folder) {
            this.pluginFolder = folder;
            return this;
        }

        /**
         * @param value the time limit, at least one millisecond
         * @return this builder
         * @throws IllegalArgumentException if it is shorter
         */
        public Builder timeout(Duration value) {
            if (value.toMillis() < 1) {
                throw new IllegalArgumentException("timeout must be positive: " + value);
            }
            this.timeout = value;
            return this;
        }

        /** @param key a parameter key @param value its value @return this builder */
        public Builder parameter(String key, String value) {
            parameters.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @param values parameters, added to those set before @return this builder */
        public Builder parameters(Map<String, String> values) {
            values.forEach(this::parameter);
            return this;
        }

        /** @return the options */
        public PublicationOptions build() {
            return new PublicationOptions(this);
        }
    }
}
