package dk.samarbejdsplan.export.pdf.internal;

import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The fixed texts of the PDF publication, from {@code labels_da.properties} and {@code labels_en.properties}
 * beside this class (UTF-8), chosen by {@link Language} alone. The templates read them as {@code $t.key}.
 * Immutable and thread-safe.
 */
public final class Labels {
    private static final Map<String, String> DANISH = load("labels_da.properties");
    private static final Map<String, String> ENGLISH = load("labels_en.properties");

    private Labels() {
    }

    /**
     * Every text of a language, by key.
     *
     * @param language Danish or English
     * @return the texts, unmodifiable
     */
    public static Map<String, String> of(Language language) {
        return language == Language.DA ? DANISH : ENGLISH;
    }

    /**
     * One text.
     *
     * @param language the language
     * @param key the key
     * @return the text
     * @throws IllegalArgumentException if no such key exists
     */
    public static String get(Language language, String key) {
        String text = of(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no PDF label '" + key + "'");
        }
        return text;
    }

    /**
     * One text with its placeholders ({@code {0}}, {@code {1}}) filled in; numbers without grouping.
     *
     * @param language the language
     * @param key the key
     * @param arguments the values
     * @return the text
     */
    static String format(Language language, String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(get(language, key).replace("'", "''"), language.locale()).format(texts);
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("PDF labels missing from the jar: " + resource);
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            Map<String, String> map = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                map.put(key, p.getProperty(key));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDF labels " + resource, e);
        }
    }
}
