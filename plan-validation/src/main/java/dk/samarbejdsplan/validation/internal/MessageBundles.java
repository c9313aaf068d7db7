package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * The message bundles of the validation: {@code ValidationMessages.properties} (English) and
 * {@code ValidationMessages_da.properties} (Danish), in this package, read as UTF-8.
 *
 * <p>The bundles are loaded directly by name, one per {@link Language}, with no locale fallback: the JVM's
 * default locale never decides which language a message is in (with {@link ResourceBundle#getBundle} a
 * Danish default locale would answer an English request with the Danish bundle). Loading them from this
 * class also works unchanged on the module path.
 */
public final class MessageBundles implements ResourceBundleLocator {

    /** The bundle's base name, as a resource path relative to this class. */
    public static final String BASE_NAME = "ValidationMessages";

    private final ResourceBundle danish = load(BASE_NAME + "_da.properties");
    private final ResourceBundle english = load(BASE_NAME + ".properties");

    /**
     * The bundle of a language.
     *
     * @param language Danish or English
     * @return its bundle
     */
    public ResourceBundle bundle(Language language) {
        return language == Language.DA ? danish : english;
    }

    /**
     * The bundle for a locale: Danish for {@code da}, English for any other locale (the interpolator is only
     * ever asked for the two locales of {@link Language}).
     */
    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
        return "da".equals(locale.getLanguage()) ? danish : english;
    }

    private static ResourceBundle load(String resource) {
        try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing from the jar: " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PropertyResourceBundle(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + resource, e);
        }
    }
}
