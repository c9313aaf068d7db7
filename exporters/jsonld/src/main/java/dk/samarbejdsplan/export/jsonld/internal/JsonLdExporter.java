package dk.samarbejdsplan.export.jsonld.internal;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.jsonld.JsonLdOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The JSON-LD exporter (id {@code jsonld}): the plan as JSON-LD 1.1 linked data with the {@code @context}
 * embedded, in the vocabularies W3C ORG, schema.org, SKOS, the EU core vocabularies, Dublin Core, PROV and a
 * small vocabulary of our own ({@code VOCABULARY.md}).
 *
 * <p>Stateless and thread-safe: one instance serves every export of a process, concurrently. The Jackson JSON
 * factory and pretty printer are built once per process, on the first export (instantiating the exporter, as
 * the registry does to list the formats, loads no Jackson class), and shared. Each export streams straight to
 * the caller's sink with a Jackson generator (never a whole-document string): UTF-8 bytes when the sink is an
 * {@link OutputStream}, characters when it is an {@link Appendable}; the same document either way.
 *
 * <p>Output is deterministic. By default the document is compact: no whitespace between tokens, one final
 * {@code "\n"}. With {@link JsonLdOptions#pretty()} (parameter {@code jsonld.pretty=true}) it is indented for
 * people: two spaces of indentation, {@code "\n"} line ends, a final line end. Either way non-ASCII characters
 * are written as themselves (UTF-8), not as {@code \\u} escapes, and the IRIs the exporter mints are compact
 * IRIs ({@code "forum:kredsraadet"}) whose prefixes the embedded context defines; the RDF is the same.
 *
 * <p>Options: {@link JsonLdOptions} (the base IRI, the indented form), or the string parameters
 * {@code jsonld.base} and {@code jsonld.pretty}; the output language ({@link ExportOptions#language()}) chooses
 * the language of the few texts the exporter writes itself.
 */
public final class JsonLdExporter extends AbstractPlanExporter {

    private static final List<ExporterParameter> PARAMETERS = List.of(
            new ExporterParameter(JsonLdOptions.PRETTY_PARAMETER,
                    "indent the document for people (default false: compact)", List.of("true", "false")),
            ExporterParameter.freeText(JsonLdOptions.BASE_PARAMETER, "the base IRI of the IRIs the export mints,"
                    + " an absolute IRI ending in /, # or : (default " + JsonLdOptions.DEFAULT_BASE_IRI + ")"));

    /**
     * Creates the exporter, with its own words ({@code jsonld_da.properties}, {@code jsonld_en.properties}); called
     * by {@link java.util.ServiceLoader}. Loads no Jackson class.
     */
    public JsonLdExporter() {
        super("jsonld", "application/ld+json", "jsonld", JsonLdExporter.class::getResourceAsStream, "jsonld");
    }

    @Override
    public List<ExporterParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * Writes the plan as a JSON-LD document, as characters.
     *
     * @param plan the plan
     * @param options the output language (of the exporter's own texts), and {@link JsonLdOptions} or the
     *        parameters {@code jsonld.base} and {@code jsonld.pretty}
     * @param out where to write; not closed
     * @throws IOException if writing to {@code out} fails (the sink's own exception)
     * @throws IllegalArgumentException if the parameter {@code jsonld.base} is not a valid base IRI (codes
     *         {@code EXP-JSONLD-001}, {@code EXP-JSONLD-002}) or {@code jsonld.pretty} is neither {@code true}
     *         nor {@code false} ({@code EXP-JSONLD-003})
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        JsonLdOptions jsonLd = JsonLdOptions.from(options);
        Generators.write(plan, texts(options.language()), jsonLd.baseIri(), jsonLd.pretty(), out);
    }

    /**
     * Writes the plan as a JSON-LD document in UTF-8, straight to the stream (no character encoder between):
     * the same document as {@link #export(CooperationPlan, ExportOptions, Appendable)}.
     *
     * @param plan the plan
     * @param options as for the {@link Appendable} method
     * @param out where to write; flushed, not closed
     * @throws IOException if writing to {@code out} fails (the stream's own exception)
     * @throws IllegalArgumentException for bad parameters, as for the {@link Appendable} method
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        JsonLdOptions jsonLd = JsonLdOptions.from(options);
        Generators.write(plan, texts(options.language()), jsonLd.baseIri(), jsonLd.pretty(), out);
    }
}
