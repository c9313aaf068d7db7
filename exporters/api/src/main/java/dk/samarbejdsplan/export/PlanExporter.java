package dk.samarbejdsplan.export;

import dk.samarbejdsplan.export.internal.KeepOpenOutputStream;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link CooperationPlan} in one format: the service provider interface of the exporters.
 *
 * <p>An implementation is found through {@link java.util.ServiceLoader}: it has a public no-argument
 * constructor and is registered both with {@code provides dk.samarbejdsplan.export.PlanExporter with ...} in
 * its {@code module-info.java} and in {@code META-INF/services/dk.samarbejdsplan.export.PlanExporter}, so it
 * is found on the module path and on the class path alike.
 *
 * <p>Exporters are stateless and thread-safe: one instance serves every export of a process, concurrently.
 * Heavy set-up (template parsing, mappers) happens once, in the constructor or lazily.
 *
 * <p>All formats are text, written as UTF-8.
 *
 * <h2>Failures: one contract</h2>
 * <ul>
 * <li><b>The requested output is checked before the exporter is called.</b> A caller runs an exporter through
 *     {@link ExporterRegistry#export(PlanExporter, CooperationPlan, ExportOptions, OutputStream)} (or its
 *     {@code Appendable} twin), which refuses an {@link ExportOptions#output()} that is not among
 *     {@link #outputs()} with {@link ExportException} {@code EXP-008}, without calling {@code export}. An exporter
 *     therefore does not check the output again, and never throws {@link IllegalArgumentException} (or anything
 *     else) for an unknown output; called directly with one, it may write its main output.</li>
 * <li><b>{@link IOException}</b>: only what the sink throws, passed on (not wrapped in an unchecked exception,
 *     not swallowed).</li>
 * <li><b>{@link ExportException}</b>, with the exporter's id and a stable code of its own, for the exporter's own
 *     failures that a user can act on (a bad parameter value, a template that does not parse):
 *     {@code new ExportException(id(), "EXP-ICAL-001", danish, english, cause)}. {@code export} declares only
 *     {@code IOException}, so throw it as the cause of an {@code IOException} with the same message: the registry
 *     unwraps it and passes the {@code ExportException} on as it is.</li>
 * <li>Anything else (a {@link RuntimeException}, a linkage error) is a bug of the exporter: the registry reports
 *     it as {@code EXP-007}, naming the exporter and its class.</li>
 * <li>A valid plan never makes an exporter fail, and an exporter never closes the caller's sink.</li>
 * </ul>
 * The test kit's {@code ExporterContractTest} checks this contract for every exporter.
 */
public interface PlanExporter {

    /**
     * The exporter's stable id: lowercase letters, digits and hyphens, for example {@code "html"},
     * {@code "csv"}, {@code "jsonld"}, {@code "text"}. Users select exporters by it.
     *
     * @return the id
     */
    String id();

    /**
     * A name for people, for example "HTML (publication)".
     *
     * @return the display name
     */
    String displayName();

    /**
     * A name for people in a language, as shown by a publication's list of downloads ("HTML (publikation)" in
     * Danish). The default is {@link #displayName()} for every language; override it to give translated names.
     *
     * @param language Danish or English
     * @return the display name in that language
     */
    default String displayName(Language language) {
        return displayName();
    }

    /**
     * The string parameters this exporter reads from {@link ExportOptions#parameters()} (for example
     * {@code csv.delimiter}), with their allowed values, so that a command line can list and check them. The
     * default is none.
     *
     * @return the parameters, in the order to list them
     */
    default List<ExporterParameter> parameters() {
        return List.of();
    }

    /**
     * One line for people about how to open an output of this exporter with these options, shown next to its
     * download link (for example "Semikolonsepareret, UTF-8 med BOM: åbner direkte i dansk Excel" for a CSV file),
     * in {@code options.language()}. The default is none.
     *
     * @param output one of {@link #outputs()}
     * @param options the options the file is exported with
     * @return the note, or empty
     */
    default Optional<String> note(ExportOutput output, ExportOptions options) {
        return Optional.empty();
    }

    /**
     * The media type of what {@link #export} writes, for example {@code "text/html"}.
     *
     * @return the media type, without parameters
     */
    String mediaType();

    /**
     * The file name extension, without the dot, for example {@code "html"}.
     *
     * @return the extension
     */
    String fileExtension();

    /**
     * The outputs one export can produce. Most formats have one, {@link ExportOutput#MAIN}; a format with
     * more (CSV writes the forums and the meetings as two tables) lists them, and the caller selects one
     * with {@link ExportOptions#output()}.
     *
     * @return the outputs, the main one first
     */
    default List<ExportOutput> outputs() {
        return List.of(ExportOutput.MAIN);
    }

    /**
     * The exporter's version, for diagnostics: the implementation version of its jar's manifest, or
     * {@code "unknown"}.
     *
     * @return the version
     */
    default String version() {
        String v = getClass().getPackage() == null ? null : getClass().getPackage().getImplementationVersion();
        if (v == null) {
            v = getClass().getModule().getDescriptor() == null ? null
                    : getClass().getModule().getDescriptor().rawVersion().orElse(null);
        }
        return v == null ? "unknown" : v;
    }

    /**
     * Writes the plan to a character sink. Never closes the sink.
     *
     * @param plan the plan; a valid plan never makes an exporter fail
     * @param options the language, the output and format-specific options
     * @param out where to write; not closed
     * @throws IOException if writing to {@code out} fails
     */
    void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException;

    /**
     * Writes the plan as UTF-8 to a byte stream. Flushes but never closes the stream.
     *
     * <p>The default implementation writes the characters that {@link #export(CooperationPlan, ExportOptions,
     * Appendable)} appends through the JDK's {@link OutputStreamWriter} for UTF-8 (a lone surrogate becomes
     * {@code '?'}), closed at the end over a view of {@code out} that only flushes. An exporter that produces
     * bytes itself may override it.
     *
     * @param plan the plan
     * @param options the options
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    default void export(CooperationPlan plan, ExportOptions options, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(new KeepOpenOutputStream(out), StandardCharsets.UTF_8);
        export(plan, options, writer);
        writer.close(); // writes what is pending and flushes; never closes out
    }
}
