package dk.samarbejdsplan.model.io.internal;

import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
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

    /** Factories and read context for one set of limits. */
    public static final class Reading {
        private final JsonFactory json;
        private final PlanYamlFactory yaml;
        private final ObjectReadContext context;

        Reading(Limits limits) {
            StreamReadConstraints constraints = StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .build();
            json = JsonFactory.builder().streamReadConstraints(constraints)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build();
            LoadSettings load = LoadSettings.builder()
                    .setSchema(new CoreSchema())
                    .setAllowDuplicateKeys(true) // the reader reports duplicates itself, naming both lines
                    .setMaxAliasesForCollections(limits.maxAliases())
                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength() + 1))
                    .setUseMarks(true)
                    // SnakeYAML Engine copies the unread part of its window on every refill: with the default
                    // 1 kB buffer a 10 MB scalar costs minutes (quadratic); 1 M characters makes it linear enough
                    .setBufferSize(YAML_BUFFER_SIZE)
                    .build();
            yaml = new PlanYamlFactory(YAMLFactory.builder().streamReadConstraints(constraints)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .loadSettings(load));
            context = new ObjectReadContext.Base() {
                @Override
                public StreamReadConstraints streamReadConstraints() {
                    return constraints;
                }
            };
        }

        /** @return the JSON factory */
        public JsonFactory json() {
            return json;
        }

        /** @return the YAML factory */
        public PlanYamlFactory yaml() {
            return yaml;
        }

        /** @return the read context that carries the limits */
        public ObjectReadContext context() {
            return context;
        }
    }

    private static final JsonFactory JSON_WRITING = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private static final PlanYamlFactory YAML_WRITING = new PlanYamlFactory(YAMLFactory.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
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
        return JSON_WRITING;
    }

    /** @return the shared YAML factory for writing */
    public static PlanYamlFactory yamlWriting() {
        return YAML_WRITING;
    }
}
