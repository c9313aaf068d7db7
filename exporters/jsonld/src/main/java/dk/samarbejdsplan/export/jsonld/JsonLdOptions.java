package dk.samarbejdsplan.export.jsonld;

import dk.samarbejdsplan.export.ExportOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The options of the JSON-LD exporter (id {@code jsonld}).
 *
 * <p>Every node the exporter writes gets an IRI made from {@link #baseIri()}:
 * <table>
 * <caption>IRIs of the JSON-LD export ({@code D} is the district's DAGI code, or a slug of its name)</caption>
 * <tr><th scope="col">node</th><th scope="col">IRI</th></tr>
 * <tr><td>the district</td><td>{@code {base}D}</td></tr>
 * <tr><td>the plan of a year</td><td>{@code {base}D/2007}</td></tr>
 * <tr><td>the category scheme / a category</td><td>{@code {base}D/kategori}, {@code {base}D/kategori/{id}}</td></tr>
 * <tr><td>a forum (the same every year)</td><td>{@code {base}D/forum/{forumId}}</td></tr>
 * <tr><td>a forum's local unit</td><td>{@code {base}D/forum/{forumId}/{kommunekode}}</td></tr>
 * <tr><td>a municipality</td><td>{@code {base}kommune/{kommunekode}}</td></tr>
 * <tr><td>a dated meeting</td><td>{@code {base}D/2007/moede/{forumId}/{kommunekode}/2007-10-26}
 *     ({@code -2}, {@code -3} appended for a second or third meeting the same day)</td></tr>
 * </table>
 * Ids are percent-encoded, so any forum id gives a valid IRI.
 *
 * <p>Give the options typed ({@code ExportOptions.builder().formatOptions(new JsonLdOptions(...))}) or as the
 * string parameter {@value #BASE_PARAMETER}; the typed options win.
 *
 * @param baseIri an absolute IRI ending in {@code /}, {@code #} or {@code :}; default
 *        {@value #DEFAULT_BASE_IRI}. A district publishing linked data sets its own.
 */
public record JsonLdOptions(String baseIri) {

    /**
     * The default base IRI, {@value}: a neutral placeholder on the permanent-identifier service w3id.org
     * (not registered yet), next to our vocabulary {@value #VOCABULARY_IRI}.
     */
    public static final String DEFAULT_BASE_IRI = "https://w3id.org/samarbejdsplan/";

    /** The namespace of the exporter's own terms (prefix {@code sp:}), described in {@code VOCABULARY.md}. */
    public static final String VOCABULARY_IRI = "https://w3id.org/samarbejdsplan/vocab#";

    /** The string parameter that sets the base IRI: {@value}. */
    public static final String BASE_PARAMETER = "jsonld.base";

    private static final JsonLdOptions DEFAULTS = new JsonLdOptions(DEFAULT_BASE_IRI);

    /**
     * Checks the base IRI.
     *
     * @throws IllegalArgumentException with code {@code EXP-JSONLD-001} if it is not an absolute IRI,
     *         {@code EXP-JSONLD-002} if it does not end in {@code /}, {@code #} or {@code :}
     */
    public JsonLdOptions {
        Objects.requireNonNull(baseIri, "baseIri");
        checkBaseIri(baseIri);
    }

    /**
     * The default options.
     *
     * @return base IRI {@value #DEFAULT_BASE_IRI}
     */
    public static JsonLdOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The options of one export: the typed {@code JsonLdOptions} if given, else the parameter
     * {@value #BASE_PARAMETER}, else the defaults.
     *
     * @param options the export options
     * @return the JSON-LD options
     * @throws IllegalArgumentException if the parameter is not a valid base IRI (see the constructor)
     */
    public static JsonLdOptions from(ExportOptions options) {
        Objects.requireNonNull(options, "options");
        return options.formatOptions(JsonLdOptions.class)
                .or(() -> options.parameter(BASE_PARAMETER).map(String::strip).map(JsonLdOptions::new))
                .orElse(DEFAULTS);
    }

    private static void checkBaseIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || "<>\"{}|\\^`".indexOf(c) >= 0) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "EXP-JSONLD-001: the JSON-LD base IRI \"%s\" is not a valid absolute IRI: character U+%04X"
                                + " at position %d is not allowed; write for example %s",
                        iri, (int) c, i + 1, DEFAULT_BASE_IRI));
            }
        }
        URI uri;
        try {
            uri = new URI(iri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("EXP-JSONLD-001: the JSON-LD base IRI \"" + iri
                    + "\" is not a valid absolute IRI (" + e.getReason() + "); write for example "
                    + DEFAULT_BASE_IRI, e);
        }
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("EXP-JSONLD-001: the JSON-LD base IRI \"" + iri
                    + "\" is not absolute: it needs a scheme such as https:; write for example " + DEFAULT_BASE_IRI);
        }
        char last = iri.charAt(iri.length() - 1);
        if (last != '/' && last != '#' && last != ':') {
            throw new IllegalArgumentException("EXP-JSONLD-002: the JSON-LD base IRI \"" + iri
                    + "\" must end in \"/\", \"#\" or \":\" so that names can be appended to it; did you mean \""
                    + iri + "/\"?");
        }
    }
}
