package dk.samarbejdsplan.export.jsonld.internal;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.jsonld.JsonLdOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The JSON-LD exporter (id {@code jsonld}): the plan as JSON-LD 1.1 linked data with the {@code @context}
 * embedded, in the vocabularies W3C ORG, schema.org, SKOS, the EU core vocabularies, Dublin Core, PROV and a
 * small vocabulary of our own ({@code VOCABULARY.md}).
 *
 * <p>Stateless and thread-safe: the JSON factory and the pretty printer are built once; each export streams
 * straight to the caller's sink with a Jackson {@link JsonGenerator} (never a whole-document string).
 * Output is deterministic: two spaces of indentation, {@code "\n"} line ends, a final line end, non-ASCII
 * characters written as themselves (UTF-8), not as {@code \\u} escapes.
 *
 * <p>Options: {@link JsonLdOptions} (the base IRI), or the string parameter {@code jsonld.base}; the output
 * language ({@link ExportOptions#language()}) chooses the language of the few texts the exporter writes itself.
 */
public final class JsonLdExporter implements PlanExporter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private static final DefaultPrettyPrinter PRETTY_PRINTER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        PRETTY_PRINTER = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** Gives each generator its own pretty printer (they keep the nesting level). */
    private static final ObjectWriteContext WRITE_CONTEXT = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return PRETTY_PRINTER.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    /** Creates the exporter; called by {@link java.util.ServiceLoader}. */
    public JsonLdExporter() {
    }

    @Override
    public String id() {
        return "jsonld";
    }

    @Override
    public String displayName() {
        return "JSON-LD (linked data)";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public String fileExtension() {
        return "jsonld";
    }

    /**
     * Writes the plan as a JSON-LD document.
     *
     * @param plan the plan
     * @param options the output language (of the exporter's own texts), and {@link JsonLdOptions} or the
     *        parameter {@code jsonld.base}
     * @param out where to write; not closed
     * @throws IOException if writing to {@code out} fails (the sink's own exception)
     * @throws IllegalArgumentException if the parameter {@code jsonld.base} is not a valid base IRI (codes
     *         {@code EXP-JSONLD-001}, {@code EXP-JSONLD-002})
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        JsonLdOptions jsonLd = JsonLdOptions.from(options);
        Writer writer = asWriter(out);
        try (JsonGenerator generator = FACTORY.createGenerator(WRITE_CONTEXT, writer)) {
            new PlanGraphWriter(generator, plan, options.language(), jsonLd.baseIri()).write();
            generator.writeRaw("\n");
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The caller's sink as a {@link Writer} that never closes it. */
    private static Writer asWriter(Appendable out) {
        if (out instanceof Writer w) {
            return w;
        }
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                out.append(new String(chars, offset, length));
            }

            @Override
            public void write(String s, int offset, int length) throws IOException {
                out.append(s, offset, offset + length);
            }

            @Override
            public void write(int c) throws IOException {
                out.append((char) c);
            }

            @Override
            public void flush() throws IOException {
                if (out instanceof Flushable f) {
                    f.flush();
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
