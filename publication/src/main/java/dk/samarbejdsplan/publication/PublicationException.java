package dk.samarbejdsplan.publication;

import dk.samarbejdsplan.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Publishing failed. The message has a stable code ({@code PUB-nnn}, listed in the README) and says exactly what
 * is on disk afterwards (for almost every failure: the output folder exactly as it was before); it is available
 * in Danish and English through {@link #message(Language)}. {@link #getMessage()} is the Danish text.
 */
public final class PublicationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<Object> arguments;
    private final String exporterId;
    private final String stateKey;
    private final transient List<Object> stateArguments;

    /**
     * @param code the message code, for example {@code PUB-006}
     * @param exporterId the exporter (or plugin) the failure comes from, or {@code null}
     * @param cause the underlying failure, or {@code null}
     * @param arguments the values of the message's placeholders ({@code {0}}, {@code {1}} …), inserted as text
     */
    PublicationException(String code, String exporterId, Throwable cause, Object... arguments) {
        this(code, exporterId, cause, List.of(arguments), null, List.of());
    }

    private PublicationException(String code, String exporterId, Throwable cause, List<Object> arguments,
            String stateKey, List<Object> stateArguments) {
        super(format(Language.DA, code, arguments, stateKey, stateArguments), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.exporterId = exporterId;
        this.arguments = List.copyOf(arguments);
        this.stateKey = stateKey;
        this.stateArguments = List.copyOf(stateArguments);
    }

    /** The same failure, followed by a sentence on what is on disk now (a key of the message bundles). */
    PublicationException withState(String key, Object... values) {
        PublicationException e = new PublicationException(code, exporterId, getCause(), arguments, key,
                List.of(values));
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** @return whether the message already says what is on disk */
    boolean hasState() {
        return stateKey != null;
    }

    /** A message argument that reads differently in Danish and English (another component's message). */
    static Object localized(Function<Language, String> text) {
        return new Localized(text);
    }

    private record Localized(Function<Language, String> text) {
    }

    private static String format(Language language, String code, List<Object> arguments, String stateKey,
            List<Object> stateArguments) {
        String message = Messages.format(language, code, strings(language, arguments));
        return stateKey == null ? message
                : message + " " + Messages.text(language, stateKey, strings(language, stateArguments));
    }

    private static String[] strings(Language language, List<Object> arguments) {
        List<String> strings = new ArrayList<>();
        for (Object argument : arguments) {
            strings.add(argument instanceof Localized l ? l.text().apply(language) : String.valueOf(argument));
        }
        return strings.toArray(String[]::new);
    }

    /** @return the stable code, for example {@code PUB-006} */
    public String code() {
        return code;
    }

    /** @return the id of the exporter (or plugin) the failure comes from, when one does */
    public Optional<String> exporterId() {
        return Optional.ofNullable(exporterId);
    }

    /**
     * @return whether the caller asked for something impossible (an unknown format or parameter, a missing
     *         template folder, an output folder that cannot be one): a command line reports it as wrong usage
     */
    public boolean isUsageError() {
        return Messages.USAGE_CODES.contains(code);
    }

    /**
     * The message in a language, with its code, and what is on disk afterwards.
     *
     * @param language Danish or English
     * @return the message
     */
    public String message(Language language) {
        return format(language, code, arguments, stateKey, stateArguments);
    }
}
