package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Danish or English texts of one exporter (its labels, headers, names and notes), from a resource bundle
 * of its own beside a class of the exporter, for example {@code csv_da.properties} and {@code csv_en.properties},
 * read as UTF-8 and chosen by {@link Language} alone (never by the JVM's default locale). The words every format
 * shares (frequencies, dates) are in {@link Wording}.
 *
 * <pre>{@code
 * private static final ExporterTexts DA =
 *         ExporterTexts.read(CsvExporter.class.getResourceAsStream("csv_da.properties"), Language.DA);
 * }</pre>
 * An exporter that extends {@link AbstractPlanExporter} names its bundles to the constructor instead, and gets
 * them with {@link AbstractPlanExporter#texts(Language) texts(language)}.
 *
 * <p>Immutable and thread-safe: load each language once and share it.
 */
public final class ExporterTexts {
    private final Language language;
    private final ResourceBundle bundle;
    /** Every text by key, for templates. */
    private final Map<String, String> all;
    /** Each pattern parsed once, on first use (a {@link MessageFormat} is not thread-safe: lock it to format). */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private ExporterTexts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
        Map<String, String> texts = new HashMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        this.all = Collections.unmodifiableMap(texts);
    }

    /**
     * Reads a bundle. The exporter opens the stream itself (a resource of a named module's package is visible to
     * that module only), for example {@code ExporterTexts.read(CsvExporter.class.getResourceAsStream(
     * "csv_da.properties"), Language.DA)}.
     *
     * @param in the bundle's properties, UTF-8; closed; {@code null} (a missing resource) is an error
     * @param language the bundle's language
     * @return the texts
     * @throws IllegalStateException if {@code in} is {@code null} (the bundle is missing from the jar)
     * @throws UncheckedIOException if it cannot be read
     */
    public static ExporterTexts read(InputStream in, Language language) {
        Objects.requireNonNull(language, "language");
        if (in == null) {
            throw new IllegalStateException("the " + language.tag() + " text bundle is missing from the jar");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new ExporterTexts(language, new PropertyResourceBundle(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + language.tag() + " text bundle", e);
        }
    }

    /**
     * Texts that hold only an exporter's name, under {@link AbstractPlanExporter#DISPLAY_NAME_KEY}.
     *
     * @param language the language
     * @param displayName the name
     * @return the texts
     */
    static ExporterTexts ofName(Language language, String displayName) {
        Objects.requireNonNull(displayName, "displayName");
        Object[][] contents = {{AbstractPlanExporter.DISPLAY_NAME_KEY, displayName}};
        return new ExporterTexts(Objects.requireNonNull(language, "language"), new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        });
    }

    /** @return the language of these texts */
    public Language language() {
        return language;
    }

    /** @return every key of the bundle */
    public Set<String> keys() {
        return bundle.keySet();
    }

    /**
     * Every text by key, for a template engine ({@code $t.key} in Velocity, say).
     *
     * @return key to text, unmodifiable
     */
    public Map<String, String> asMap() {
        return all;
    }

    /**
     * A text by key.
     *
     * @param key the key
     * @return its text in this language
     * @throws java.util.MissingResourceException if no such key exists
     */
    public String text(String key) {
        return bundle.getString(Objects.requireNonNull(key, "key"));
    }

    /**
     * A text by key with its placeholders ({@code {0}}, {@code {1}} …) filled in; numbers are written without
     * grouping, independent of the default locale.
     *
     * @param key the key
     * @param arguments the values of the placeholders
     * @return the text in this language
     * @throws java.util.MissingResourceException if no such key exists
     */
    public String format(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof Number ? arguments[i].toString() : arguments[i];
        }
        MessageFormat format = formats.computeIfAbsent(Objects.requireNonNull(key, "key"),
                k -> new MessageFormat(text(k), language.locale()));
        synchronized (format) {
            return format.format(texts);
        }
    }
}
