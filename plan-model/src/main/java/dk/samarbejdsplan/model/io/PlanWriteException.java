package dk.samarbejdsplan.model.io;

import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.util.Objects;

/**
 * A plan could not be written as a plan file because of what it holds, not because of the sink: a text with an
 * unpaired surrogate (a half of a UTF-16 pair, which is not Unicode text), which neither format can hold in
 * UTF-8. {@link #getMessage()} is Danish, {@link #message(Language)} gives either language. Failures of the sink
 * itself come as the sink's own {@link IOException}.
 */
public final class PlanWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String messageDa;
    private final String messageEn;

    /**
     * @param messageDa what is wrong, in Danish
     * @param messageEn the same in English
     */
    public PlanWriteException(String messageDa, String messageEn) {
        super(Objects.requireNonNull(messageDa, "messageDa"));
        this.messageDa = messageDa;
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The message in a language.
     *
     * @param language Danish or English
     * @return the message
     */
    public String message(Language language) {
        return language == Language.EN ? messageEn : messageDa;
    }
}
