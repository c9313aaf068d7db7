package dk.samarbejdsplan.publication;

import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

/** The publication's messages, from {@code messages_da.properties} and {@code messages_en.properties}. */
final class Messages {
    /** The codes of failures that are the caller's mistake (wrong usage), not a failure of the publication. */
    static final Set<String> USAGE_CODES = Set.of("PUB-001", "PUB-012", "PUB-013", "PUB-015", "PUB-016");

    private static final ResourceBundle DANISH = load("messages_da.properties");
    private static final ResourceBundle ENGLISH = load("messages_en.properties");

    private Messages() {
    }

    private static ResourceBundle load(String name) {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResourceBundle bundle(Language language) {
        return language == Language.DA ? DANISH : ENGLISH;
    }

    /** The message with its code; arguments are inserted as given (never parsed as patterns). */
    static String format(Language language, String code, String... arguments) {
        String pattern = bundle(language).getString(code);
        return code + ": " + new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** A text without a code (a description of the disk, a word). */
    static String text(Language language, String key, String... arguments) {
        return new MessageFormat(bundle(language).getString(key), Locale.ROOT).format(arguments);
    }
}
