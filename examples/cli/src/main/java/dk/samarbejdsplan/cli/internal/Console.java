package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.model.Language;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The language and the two output streams of one run of the tool, and its message texts. */
public final class Console {
    private final Language language;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ResourceBundle texts;

    /**
     * @param language the language of the messages
     * @param out where results go
     * @param err where messages about problems go
     */
    public Console(Language language, PrintWriter out, PrintWriter err) {
        this.language = Objects.requireNonNull(language);
        this.out = Objects.requireNonNull(out);
        this.err = Objects.requireNonNull(err);
        this.texts = ResourceBundle.getBundle("dk.samarbejdsplan.cli.Messages",
                language == Language.DA ? new Locale("da") : Locale.ROOT, Console.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the language of the messages (and of the publication, unless a command says otherwise) */
    public Language language() {
        return language;
    }

    /** @return where results go */
    public PrintWriter out() {
        return out;
    }

    /** @return where messages about problems go */
    public PrintWriter err() {
        return err;
    }

    /**
     * A message text with its arguments filled in; arguments are inserted as given (never parsed as
     * patterns).
     *
     * @param key the key in {@code Messages.properties}
     * @param args the arguments, {@code {0}}, {@code {1}}, …
     * @return the text
     */
    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(strings);
    }

    /** Prints a message text to the error stream. @param key the key @param args the arguments */
    public void error(String key, Object... args) {
        err.println(text(key, args));
        err.flush();
    }

    /** Prints a message text to the output stream. @param key the key @param args the arguments */
    public void info(String key, Object... args) {
        out.println(text(key, args));
        out.flush();
    }
}
