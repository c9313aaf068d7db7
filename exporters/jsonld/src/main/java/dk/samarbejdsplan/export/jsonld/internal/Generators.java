package dk.samarbejdsplan.export.jsonld.internal;

import dk.samarbejdsplan.export.ExporterTexts;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * The Jackson side of the exporter: the JSON factory and the pretty printer, built once per process when the
 * first export runs (this class is initialised then, not when the exporter is instantiated, so that merely
 * listing the exporters loads no Jackson class), and shared by every export on every thread: the factory and
 * the pretty printer's template are immutable; each generator gets its own pretty printer instance.
 *
 * <p>Output: UTF-8 written by Jackson's byte generator when the sink is an {@link OutputStream}, characters when
 * it is an {@link Appendable}; the same document either way. Non-ASCII characters are written as themselves
 * (a surrogate pair as one 4-byte character; a lone surrogate, which UTF-8 cannot hold, as a {@code \\u}
 * escape in bytes, as itself in characters: the same JSON string), {@code /} is not escaped, a final
 * {@code "\n"} ends the document.
 */
final class Generators {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
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

    /** Compact: no pretty printer. */
    private static final ObjectWriteContext COMPACT = ObjectWriteContext.empty();

    /** Indented: gives each generator its own pretty printer (they keep the nesting level). */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return PRETTY_PRINTER.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private Generators() {
    }

    /**
     * Writes the document as UTF-8 bytes; flushes {@code out}, never closes it.
     *
     * @throws IOException the stream's own exception if writing fails
     */
    static void write(CooperationPlan plan, ExporterTexts words, String baseIri, boolean pretty, OutputStream out)
            throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(pretty ? PRETTY : COMPACT, out)) {
            write(generator, plan, words, baseIri, pretty);
        } catch (JacksonIOException e) {
            throw unwrap(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /**
     * Writes the document as characters; never closes {@code out} (a {@link Writer} is flushed).
     *
     * @throws IOException the sink's own exception if writing fails
     */
    static void write(CooperationPlan plan, ExporterTexts words, String baseIri, boolean pretty, Appendable out)
            throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(pretty ? PRETTY : COMPACT, asWriter(out))) {
            write(generator, plan, words, baseIri, pretty);
        } catch (JacksonIOException e) {
            throw unwrap(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(JsonGenerator generator, CooperationPlan plan, ExporterTexts words, String baseIri,
            boolean pretty) {
        new PlanGraphWriter(generator, plan, words, baseIri).write();
        generator.writeRaw('\n');
    }

    private static IOException unwrap(JacksonIOException e) {
        return e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
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
