package dk.samarbejdsplan.export.jsonld;

import dk.samarbejdsplan.export.ExportOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 * Ids are percent-encoded, so any forum id gives a valid IRI. In the document the IRIs of forums, local units,
 * categories, municipalities and meetings are written as compact IRIs ({@code "forum:kredsraadet"},
 * {@code "moede:lokalraadene/253/2007-10-26"}) with prefixes {@code forum}, {@code kategori}, {@code kommune}
 * and {@code moede} defined in the embedded {@code @context}; a JSON-LD processor expands them to the IRIs above.
 *
 * <p>The document is compact by default (no whitespace between tokens, one final line end): a machine format,
 * about two thirds of the size of the indented form. {@link #pretty()} asks for the indented form (two spaces,
 * {@code "\n"} line ends) for reading by people; the linked data is the same either way.
 *
 * <p>Give the options typed ({@code ExportOptions.builder().formatOptions(new JsonLdOptions(...))}) or as the
 * string parameters {@value #BASE_PARAMETER} and {@value #PRETTY_PARAMETER}; the typed options win.
 *
 * @param baseIri an absolute IRI ending in {@code /}, {@code #} or {@code :}; default
 *        {@value #DEFAULT_BASE_IRI}. A district publishing linked data sets its own.
 * @param pretty whether to indent the document for people (default {@code false}: compact)
 */
public record JsonLdOptions(String baseIri, boolean pretty) {

    /**
     * The default base IRI, {@value}: a neutral placeholder on the permanent-identifier service w3id.org
     * (not registered yet), next to our vocabulary {@value #VOCABULARY_IRI}.
     */
    public static final String DEFAULT_BASE_IRI = "https://w3id.org/samarbejdsplan/";

    /** The namespace of the exporter's own terms (prefix {@code sp:}), described in {@code VOCABULARY.md}. */
    public static final String VOCABULARY_IRI = "https://w3id.org/samarbejdsplan/vocab#";

    /** The string parameter that sets the base IRI: {@value}. */
    public static final String BASE_PARAMETER = "jsonld.base";

    /** The string parameter that asks for the indented form: {@value} ({@code true} or {@code false}). */
    public static final String PRETTY_PARAMETER = "jsonld.pretty";

    private static final JsonLdOptions DEFAULTS = new JsonLdOptions(DEFAULT_BASE_IRI, false);

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
     * Options with a base IRI and the compact document.
     *
     * @param baseIri the base IRI (see the record's description)
     * @throws IllegalArgumentException with code {@code EXP-JSONLD-001} or {@code EXP-JSONLD-002} as above
     */
    public JsonLdOptions(String baseIri) {
        this(baseIri, false);
    }

    /**
     * These options with the indented (or the compact) document.
     *
     * @param value {@code true} for the indented form
     * @return the options
     */
    public JsonLdOptions withPretty(boolean value) {
        return new JsonLdOptions(baseIri, value);
    }

    /**
     * The default options.
     *
     * @return base IRI {@value #DEFAULT_BASE_IRI}, compact
     */
    public static JsonLdOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The options of one export: the typed {@code JsonLdOptions} if given, else the parameters
     * {@value #BASE_PARAMETER} and {@value #PRETTY_PARAMETER}, each defaulting as above.
     *
     * @param options the export options
     * @return the JSON-LD options
     * @throws IllegalArgumentException if the parameter {@value #BASE_PARAMETER} is not a valid base IRI (see
     *         the constructor), or ({@code EXP-JSONLD-003}) {@value #PRETTY_PARAMETER} is neither {@code true}
     *         nor {@code false}
     */
    public static JsonLdOptions from(ExportOptions options) {
        Objects.requireNonNull(options, "options");
        Optional<JsonLdOptions> typed = options.formatOptions(JsonLdOptions.class);
        if (typed.isPresent()) {
            return typed.get();
        }
        Optional<String> base = options.parameter(BASE_PARAMETER);
        Optional<String> pretty = options.parameter(PRETTY_PARAMETER);
        if (base.isEmpty() && pretty.isEmpty()) {
            return DEFAULTS;
        }
        return new JsonLdOptions(base.map(String::strip).orElse(DEFAULT_BASE_IRI),
                pretty.map(JsonLdOptions::parsePretty).orElse(false));
    }

    private static boolean parsePretty(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("EXP-JSONLD-003: parameter " + PRETTY_PARAMETER
                    + " must be 'true' or 'false', not '" + value + "'");
        }
        return v.equals("true");
    }

    private static void checkBaseIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || "<>\"{}|\\^`".indexOf(c) >= 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
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
