package dk.samarbejdsplan.validation;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the validation found in a plan (<i>fund</i>): a broken rule, where, and what to do about it.
 *
 * @param severity {@link Severity#ERROR} blocks publishing, {@link Severity#WARNING} informs
 * @param code the rule's stable code, for example {@code VAL-206} (see {@code plan-validation/RULES.md})
 * @param path the plan path of the element, for example {@code categories[0].forums[1].representatives};
 *        {@code ""} for the plan itself
 * @param location where the element was written in the plan file, when the plan was read from one
 * @param messageDa the message in Danish, naming the element in words
 * @param messageEn the message in English
 */
public record Finding(Severity severity, String code, String path, Optional<SourceLocation> location,
        String messageDa, String messageEn) {

    /** Checks for {@code null}. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        location = Objects.requireNonNullElse(location, Optional.empty());
        Objects.requireNonNull(messageDa, "messageDa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The message in a language.
     *
     * @param language Danish or English
     * @return the message
     */
    public String message(Language language) {
        Objects.requireNonNull(language, "language");
        return language == Language.DA ? messageDa : messageEn;
    }

    /** @return whether this finding blocks publishing */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * This finding as one line: severity, code, {@code file:line} where known, path and message, for example
     * {@code ADVARSEL VAL-407 samarbejdsplan-2007.yaml:48 categories[0].forums[2].localUnits[2]: Enheden for
     * Kalundborg …}.
     *
     * @param language Danish or English
     * @return the line, without a line break
     */
    public String format(Language language) {
        StringBuilder line = new StringBuilder();
        line.append(severity.label(language)).append(' ').append(code);
        location.ifPresent(l -> {
            line.append(' ');
            if (l.source().isBlank()) {
                line.append(language == Language.DA ? "linje " : "line ").append(l.line());
            } else {
                line.append(l.source()).append(':').append(l.line());
            }
        });
        if (!path.isEmpty()) {
            line.append(' ').append(path);
        }
        return line.append(": ").append(message(language)).toString();
    }
}
