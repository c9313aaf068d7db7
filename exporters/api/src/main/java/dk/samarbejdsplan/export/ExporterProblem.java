package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found while finding or running exporters, with a stable code and a message in Danish and English.
 *
 * <p>The codes (documented in the README's Troubleshooting section):
 * <table>
 * <caption>Exporter problem codes</caption>
 * <tr><th scope="col">code</th><th scope="col">kind</th><th scope="col">what to do</th></tr>
 * <tr><td>EXP-001</td><td>{@link Kind#NO_EXPORTERS}</td><td>add an exporter jar (exporter-html, exporter-csv,
 *     exporter-jsonld, exporter-text)</td></tr>
 * <tr><td>EXP-002</td><td>{@link Kind#UNKNOWN_ID}</td><td>use one of the listed ids</td></tr>
 * <tr><td>EXP-003</td><td>{@link Kind#DUPLICATE_ID}</td><td>remove one of the two jars (a plugin with a built-in
 *     exporter's id is left out: remove the plugin's jar)</td></tr>
 * <tr><td>EXP-004</td><td>{@link Kind#PROVIDER_FAILED}</td><td>fix or remove the named plugin jar</td></tr>
 * <tr><td>EXP-005</td><td>{@link Kind#INVALID_ID}</td><td>the plugin's author must fix its id</td></tr>
 * <tr><td>EXP-006</td><td>{@link Kind#PLUGIN_FOLDER}</td><td>check the plugin folder</td></tr>
 * <tr><td>EXP-007</td><td>{@link Kind#EXPORT_FAILED}</td><td>see the cause; report it to the exporter's
 *     author</td></tr>
 * <tr><td>EXP-008</td><td>{@link Kind#UNKNOWN_OUTPUT}</td><td>use one of the exporter's outputs</td></tr>
 * <tr><td>EXP-009</td><td>{@link Kind#BAD_PLUGIN_FILE}</td><td>replace or remove the named file of the plugin
 *     folder</td></tr>
 * </table>
 *
 * <p>Immutable. {@link #toString()} gives the Danish text with its code.
 */
public final class ExporterProblem {

    /** The kinds of problem, each with its stable code. */
    public enum Kind {
        /** No exporter was found at all. */
        NO_EXPORTERS("EXP-001"),
        /** An exporter id that no exporter has. */
        UNKNOWN_ID("EXP-002"),
        /**
         * Two exporters with the same id: a built-in one always wins over one from a plugin folder; otherwise the
         * first by class name, then location, is used.
         */
        DUPLICATE_ID("EXP-003"),
        /**
         * A provider that could not be loaded or instantiated, did not finish within the time limit, or whose
         * metadata methods fail or return nonsense (from a plugin folder, the message names the jar whose services
         * file lists a provider that could not be found).
         */
        PROVIDER_FAILED("EXP-004"),
        /** An exporter whose id is not a lowercase slug. */
        INVALID_ID("EXP-005"),
        /** A plugin folder that does not exist or cannot be read. */
        PLUGIN_FOLDER("EXP-006"),
        /** An export failed. */
        EXPORT_FAILED("EXP-007"),
        /** An output that the exporter does not have. */
        UNKNOWN_OUTPUT("EXP-008"),
        /**
         * A file of the plugin folder named {@code *.jar} that is not read: not a regular file (a folder, a FIFO),
         * or not a readable, non-empty jar (zip) file.
         */
        BAD_PLUGIN_FILE("EXP-009");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** @return the stable code, for example {@code "EXP-003"} */
        public String code() {
            return code;
        }
    }

    private final Kind kind;
    private final String danish;
    private final String english;
    private final Optional<String> exporterId;
    private final List<String> providerClasses;
    private final Throwable cause;

    /**
     * A problem, for example for a program that checks exporters itself.
     *
     * @param kind the kind, which gives the code
     * @param danish the message in Danish, without the code
     * @param english the message in English, without the code
     * @param exporterId the exporter id it is about, if any
     * @param providerClasses the provider classes it is about, maybe none
     * @param cause the underlying failure, or {@code null}
     */
    public ExporterProblem(Kind kind, String danish, String english, Optional<String> exporterId,
            List<String> providerClasses, Throwable cause) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.danish = Objects.requireNonNull(danish, "danish");
        this.english = Objects.requireNonNull(english, "english");
        this.exporterId = Objects.requireNonNull(exporterId, "exporterId");
        this.providerClasses = List.copyOf(providerClasses);
        this.cause = cause;
    }

    /** @return the kind of problem */
    public Kind kind() {
        return kind;
    }

    /** @return the stable code, for example {@code "EXP-003"} */
    public String code() {
        return kind.code();
    }

    /**
     * The message, without the code.
     *
     * @param language the language
     * @return the message in that language
     */
    public String message(Language language) {
        return language == Language.EN ? english : danish;
    }

    /**
     * The message with its code in front, for example {@code "EXP-002: Unknown exporter 'htm'. ..."}.
     *
     * @param language the language
     * @return the code and the message
     */
    public String format(Language language) {
        return code() + ": " + message(language);
    }

    /** @return the exporter id the problem is about, if it is about one */
    public Optional<String> exporterId() {
        return exporterId;
    }

    /** @return the provider classes the problem is about (two for a duplicate id), maybe none */
    public List<String> providerClasses() {
        return providerClasses;
    }

    /** @return the underlying failure, if any */
    public Optional<Throwable> cause() {
        return Optional.ofNullable(cause);
    }

    /** @return the Danish message with its code */
    @Override
    public String toString() {
        return format(Language.DA);
    }
}
