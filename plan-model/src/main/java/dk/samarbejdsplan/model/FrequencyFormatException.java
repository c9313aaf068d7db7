package dk.samarbejdsplan.model;

import java.util.Objects;

/**
 * A text is not a meeting frequency. The message names the text and the accepted forms, in Danish (the library's
 * default language, as every exception's {@code getMessage()}); {@link #message(Language)} gives it in Danish or
 * English.
 */
public final class FrequencyFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The accepted forms, for messages. */
    public static final String ACCEPTED_FORMS =
            "\"4\", \"Min. 4\", \"Min. 4 (2 i 2007)\", \"2-3\", \"Ad hoc\", \"Besluttet lokalt\"";

    private final String text;

    /**
     * @param text the text that could not be read
     */
    public FrequencyFormatException(String text) {
        super(messageFor(Language.DA, text));
        this.text = Objects.requireNonNullElse(text, "");
    }

    /** @return the text that could not be read */
    public String text() {
        return text;
    }

    /**
     * The message in a language.
     *
     * @param language Danish or English
     * @return the message, naming the text and the accepted forms
     */
    public String message(Language language) {
        return messageFor(language, text);
    }

    private static String messageFor(Language language, String text) {
        return language == Language.DA
                ? "\"" + text + "\" er ikke et antal møder om året. Skriv fx " + ACCEPTED_FORMS.replace("\", \"Besluttet", "\" eller \"Besluttet") + "."
                : "\"" + text + "\" is not a number of meetings a year. Write one of " + ACCEPTED_FORMS.replace("\", \"Besluttet", "\" or \"Besluttet") + ".";
    }
}
