package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.Language;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link PlanExporter} whose fixed description (<i>beskrivelse</i>: its id, its name in Danish and English, its
 * media type and file extension) is given once, to the constructor: extend it and write only
 * {@link #export(dk.samarbejdsplan.model.CooperationPlan, ExportOptions, Appendable) export}. Every built-in
 * exporter and the example plugin do so; implementing {@link PlanExporter} directly works as well.
 *
 * <pre>{@code
 * public final class IcalExporter extends AbstractPlanExporter {
 *     public IcalExporter() {                     // the public no-argument constructor ServiceLoader calls
 *         super("ical", "text/calendar", "ics", IcalExporter.class::getResourceAsStream, "ical");
 *     }
 *
 *     @Override
 *     public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
 *         ExporterTexts words = texts(options.language());   // the exporter's own words in the export's language
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>The exporter's own texts are two bundles beside its class, Danish and English, for example
 * {@code ical_da.properties} and {@code ical_en.properties} (UTF-8; read once, by the constructor, as
 * {@link ExporterTexts}); each has the key {@value #DISPLAY_NAME_KEY}: the exporter's name in that language
 * ({@link #displayName(Language)}, shown in a publication's list of downloads). {@link #displayName()} is the
 * English one. An exporter with one name in every language and no texts of its own gives that name instead. The
 * rest of {@link PlanExporter} ({@link #parameters()}, {@link #outputs()}, {@link #note}, {@link #version()}) keeps
 * its defaults and is overridden as usual.
 *
 * <p>Immutable: the subclass stays stateless and thread-safe as long as it adds no mutable state.
 */
public abstract class AbstractPlanExporter implements PlanExporter {
    /** The key of the exporter's name in each language's texts. */
    public static final String DISPLAY_NAME_KEY = "displayName";

    private final String id;
    private final String mediaType;
    private final String fileExtension;
    private final ExporterTexts danish;
    private final ExporterTexts english;

    /**
     * An exporter with texts of its own: the bundles {@code BUNDLE_da.properties} and {@code BUNDLE_en.properties}
     * of the subclass's package, each with its name under the key {@value #DISPLAY_NAME_KEY}.
     *
     * @param id the id ({@link #id()}), for example {@code "ical"}
     * @param mediaType the media type without parameters ({@link #mediaType()}), for example {@code "text/calendar"}
     * @param fileExtension the file name extension without the dot ({@link #fileExtension()}), for example
     *        {@code "ics"}
     * @param resources opens a resource of the subclass's package by its name, for example
     *        {@code IcalExporter.class::getResourceAsStream} (a resource of a named module's package is visible to
     *        that module only, so the subclass opens it)
     * @param bundle the bundles' name before {@code _da.properties} and {@code _en.properties}, for example
     *        {@code "ical"}
     * @throws IllegalStateException if a bundle is missing
     * @throws java.io.UncheckedIOException if a bundle cannot be read
     */
    protected AbstractPlanExporter(String id, String mediaType, String fileExtension,
            Function<String, InputStream> resources, String bundle) {
        this(id, mediaType, fileExtension, read(resources, bundle, Language.DA), read(resources, bundle, Language.EN));
    }

    /**
     * An exporter with one name in every language and no texts of its own.
     *
     * @param id the id ({@link #id()})
     * @param mediaType the media type without parameters ({@link #mediaType()})
     * @param fileExtension the file name extension without the dot ({@link #fileExtension()})
     * @param displayName the name in every language
     */
    protected AbstractPlanExporter(String id, String mediaType, String fileExtension, String displayName) {
        this(id, mediaType, fileExtension, ExporterTexts.ofName(Language.DA, displayName),
                ExporterTexts.ofName(Language.EN, displayName));
    }

    private AbstractPlanExporter(String id, String mediaType, String fileExtension, ExporterTexts danish,
            ExporterTexts english) {
        this.id = Objects.requireNonNull(id, "id");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.fileExtension = Objects.requireNonNull(fileExtension, "fileExtension");
        this.danish = danish;
        this.english = english;
    }

    private static ExporterTexts read(Function<String, InputStream> resources, String bundle, Language language) {
        return ExporterTexts.read(resources.apply(bundle + "_" + language.tag() + ".properties"), language);
    }

    /**
     * The exporter's own texts in a language: its bundle of that language (for an exporter with one name, only
     * {@value #DISPLAY_NAME_KEY}).
     *
     * @param language Danish or English
     * @return its texts in that language
     */
    public final ExporterTexts texts(Language language) {
        return language == Language.DA ? danish : english;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the English name, {@code displayName(Language.EN)} */
    @Override
    public String displayName() {
        return displayName(Language.EN);
    }

    /** @return the text {@value #DISPLAY_NAME_KEY} of {@link #texts(Language)} */
    @Override
    public String displayName(Language language) {
        return texts(language).text(DISPLAY_NAME_KEY);
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public String fileExtension() {
        return fileExtension;
    }
}
