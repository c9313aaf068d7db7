package dk.samarbejdsplan.model.io.internal;

import org.snakeyaml.engine.v2.api.DumpSettings;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The Jackson factories of the plan reader and writer, built once per class loader and shared (Jackson
 * factories are immutable and thread-safe).
 */
public final class JacksonFactories {
    /** The YAML scanner's read buffer, in characters. */
    static final int YAML_BUFFER_SIZE = 1 << 20;

    private JacksonFactories() {
    }

    /**
     * The limits of a read.
     *
     * @param maxDocumentLength characters
     * @param maxStringLength characters of one text
     * @param maxNameLength characters of one key
     * @param maxNumberLength characters of one number
     * @param maxNestingDepth levels of lists and mappings
     * @param maxAliases YAML aliases per document
     */
    public record Limits(long maxDocumentLength, int maxStringLength, int maxNameLength, int maxNumberLength,
            int maxNestingDepth, int maxAliases) {
    }

    /**
     * Factories and read context for one set of limits. The JSON and the YAML factory are each built on first
     * use (a program that reads only YAML never builds the JSON one, and the other way round); thread-safe.
     */
    public static final class Reading {
        /** The smallest YAML read buffer, in characters; the buffer grows by a factor of 4 up to the largest. */
        static final int SMALLEST_YAML_BUFFER = 1 << 14;

        private final Limits limits;
        private final StreamReadConstraints constraints;
        private final ObjectReadContext context;
        private volatile JsonFactory json;
        private volatile PlanYamlFactory yaml;

        Reading(Limits limits) {
            this.limits = limits;
            constraints = StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .build();
            context = new ObjectReadContext.Base() {
                @Override
                public StreamReadConstraints streamReadConstraints() {
                    return constraints;
                }
            };
        }

        /** @return the JSON factory */
        public JsonFactory json() {
            JsonFactory factory = json;
            if (factory == null) {
                synchronized (this) {
                    factory = json;
                    if (factory == null) {
                        factory = JsonFactory.builder().streamReadConstraints(constraints)
                                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                                .build();
                        json = factory;
                    }
                }
            }
            return factory;
        }

        /** @return the YAML factory */
        public PlanYamlFactory yaml() {
            PlanYamlFactory factory = yaml;
            if (factory == null) {
                synchronized (this) {
                    factory = yaml;
                    if (factory == null) {
                        factory = buildYaml();
                        yaml = factory;
                    }
                }
            }
            return factory;
        }

        private PlanYamlFactory buildYaml() {
            LoadSettingsBuilder load = LoadSettings.builder()
                    .setSchema(PlanScalarResolver.SCHEMA) // YAML 1.2 core schema: "no" and "on" stay text
                    .setAllowDuplicateKeys(true) // the reader reports duplicates itself, naming both lines
                    .setMaxAliasesForCollections(limits.maxAliases())
                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength() + 1))
                    .setUseMarks(true);
            // SnakeYAML Engine copies the unread part of its window on every refill: with the default 1 kB
            // buffer a 10 MB scalar costs minutes (quadratic); 1 M characters makes it linear enough. A smaller
            // document gets a buffer that holds all of it (read in one go) rather than 2 MB of chars
            List<LoadSettings> sized = new ArrayList<>();
            for (int size = SMALLEST_YAML_BUFFER; size < YAML_BUFFER_SIZE; size <<= 2) {
                sized.add(load.setBufferSize(size).build());
            }
            LoadSettings largest = load.setBufferSize(YAML_BUFFER_SIZE).build();
            sized.add(largest);
            return new PlanYamlFactory(YAMLFactory.builder().streamReadConstraints(constraints)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .loadSettings(largest), sized);
        }

        /** @return the read context that carries the limits */
        public ObjectReadContext context() {
            return context;
        }
    }

    /**
     * The writing factories, built on first use only (a program that only reads never builds them). Neither
     * closes the caller's Writer or stream, and a failed JSON write does not close the open objects and
     * arrays (a truncated document must not look complete).
     */
    private static final class JsonWriting {
        static final JsonFactory FACTORY = JsonFactory.builder()
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
                .build();
    }

    /** See {@link JsonWriting}. */
    private static final class YamlWriting {
        static final PlanYamlFactory FACTORY = new PlanYamlFactory(YAMLFactory.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .dumperOptions(DumpSettings.builder()
                        .setDefaultFlowStyle(FlowStyle.BLOCK)
                        .setIndent(2)
                        .setIndicatorIndent(2)
                        .setIndentWithIndicator(true)
                        .setSplitLines(true)
                        .setWidth(100)
                        .setBestLineBreak("\n")
                        .setUseUnicodeEncoding(true)
                        .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
                        .setMaxSimpleKeyLength(1024)
                        .setExplicitStart(false)
                        .setExplicitEnd(false)
                        .build()));
    }

    /**
     * The reading factories for a set of limits.
     *
     * @param limits the limits
     * @return new factories (build them once and keep them)
     */
    public static Reading reading(Limits limits) {
        return new Reading(limits);
    }

    /** @return the shared JSON factory for writing */
    public static JsonFactory jsonWriting() {
        return JsonWriting.FACTORY;
    }

    /** @return the shared YAML factory for writing */
    public static PlanYamlFactory yamlWriting() {
        return YamlWriting.FACTORY;
    }
}
