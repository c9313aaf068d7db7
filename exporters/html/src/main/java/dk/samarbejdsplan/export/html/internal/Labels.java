package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The fixed texts of the publication in Danish and English ({@code $t} in the templates), read once from
 * {@code labels_da.properties} and {@code labels_en.properties} (UTF-8).
 */
final class Labels {
    private static final Map<Language, Map<String, String>> ALL = load();

    private Labels() {
    }

    /**
     * The texts of one language.
     *
     * @param language Danish or English
     * @return key to text, unmodifiable
     */
    static Map<String, String> of(Language language) {
        return ALL.get(language);
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = "/dk/samarbejdsplan/export/html/internal/labels_" + language.tag() + ".properties";
            try (InputStream in = HtmlExporter.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the exporter's resource " + resource + " is missing");
                }
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                Map<String, String> map = new HashMap<>();
                p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
                // unmodifiable; a hash map, as templates look texts up often
                all.put(language, Collections.unmodifiableMap(map));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the exporter's resource " + resource, e);
            }
        }
        return all;
    }

    /**
     * One text.
     *
     * @param language the language
     * @param key the key
     * @return the text
     * @throws IllegalStateException if there is no such key (a bug of the exporter)
     */
    static String get(Language language, String key) {
        String value = of(language).get(key);
        if (value == null) {
            throw new IllegalStateException("no text '" + key + "' for " + language);
        }
        return value;
    }
}
