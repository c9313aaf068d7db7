package dk.samarbejdsplan.publication;

import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.apache.commons.lang3.StringUtils;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * The pages of the site of several years, rendered from the Velocity templates in {@code site/} beside this class,
 * with the texts of {@code site_da.properties} / {@code site_en.properties}. Every value a template inserts is
 * HTML-escaped by {@link Escaper}: the markup is all in the templates. Thread-safe (the engine is built once).
 */
final class SitePages {
    private static final String ROOT = "site/";
    private static final VelocityEngine ENGINE = engine();
    private static final Map<Language, ResourceBundle> TEXTS = Map.of(Language.DA, load("site_da.properties"),
            Language.EN, load("site_en.properties"));

    private SitePages() {
    }

    /**
     * A text of the bundles, its arguments put in verbatim.
     *
     * @param language the language
     * @param key the key
     * @param arguments the values of {@code {0}}, {@code {1}} …
     * @return the text
     */
    static String text(Language language, String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]); // a year is "2008", never a formatted number "2,008"
        }
        return new MessageFormat(TEXTS.get(language).getString(key), Locale.ROOT).format(texts);
    }

    /** @return every text without arguments, for the templates ({@code $t.get("key")}) */
    static Map<String, String> texts(Language language) {
        Map<String, String> texts = new HashMap<>();
        for (String key : Collections.list(TEXTS.get(language).getKeys())) {
            texts.put(key, text(language, key));
        }
        return texts;
    }

    /** @return the keys of a language's bundle (for the test that both languages have every key) */
    static java.util.Set<String> keys(Language language) {
        return TEXTS.get(language).keySet();
    }

    /**
     * Renders a template.
     *
     * @param name the template's name, for example {@code index.vm}
     * @param values the context: Strings, Lists and Maps of them (never {@code null})
     * @return the rendered text
     */
    static String render(String name, Map<String, Object> values) {
        VelocityContext context = new VelocityContext(new HashMap<>(values));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new Escaper());
        cartridge.attachToContext(context);
        Template template = ENGINE.getTemplate(ROOT + name, "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }

    private static VelocityEngine engine() {
        VelocityEngine engine = new VelocityEngine();
        String prefix = RuntimeConstants.RESOURCE_LOADER + ".";
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "site");
        engine.setProperty(prefix + "site." + RuntimeConstants.RESOURCE_LOADER_INSTANCE, new Loader());
        engine.setProperty(prefix + "site." + RuntimeConstants.RESOURCE_LOADER_CACHE, "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.setProperty(RuntimeConstants.CONVERSION_HANDLER_CLASS, "none");
        engine.init();
        return engine;
    }

    private static ResourceBundle load(String name) {
        try (InputStream in = SitePages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new PropertyResourceBundle(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes every inserted value for HTML text and quoted attributes. */
    static final class Escaper implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            return value == null ? null : escape(value.toString());
        }
    }

    /**
     * Escapes text for HTML content and quoted attribute values: {@code & < > " '} become references, characters
     * HTML cannot carry (controls other than tab, line feed and carriage return, lone surrogates, noncharacters)
     * become U+FFFD.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'
                            || cp >= 0x7F && cp <= 0x9F;
                    boolean noncharacter = cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
                    if (control || noncharacter || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Loads the templates through this class, so that they are found on the class path and module path alike. */
    static final class Loader extends ResourceLoader {
        @Override
        public void init(ExtProperties configuration) {
            // nothing to configure
        }

        @Override
        public Reader getResourceReader(String source, String encoding) throws ResourceNotFoundException {
            String name = source.startsWith(ROOT) ? source : ROOT + source;
            if (StringUtils.contains(name, "..")) {
                throw new ResourceNotFoundException("no template " + source);
            }
            InputStream in = SitePages.class.getResourceAsStream(name);
            if (in == null) {
                throw new ResourceNotFoundException("no template " + source);
            }
            try {
                return buildReader(in, encoding);
            } catch (IOException e) {
                throw new ResourceNotFoundException("cannot read template " + source, e);
            }
        }

        @Override
        public boolean resourceExists(String source) {
            return SitePages.class.getResource(source.startsWith(ROOT) ? source : ROOT + source) != null;
        }

        @Override
        public boolean isSourceModified(Resource resource) {
            return false;
        }

        @Override
        public long getLastModified(Resource resource) {
            return 0;
        }
    }
}
