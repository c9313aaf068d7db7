package dk.samarbejdsplan.validation;

import dk.samarbejdsplan.model.Language;
import java.util.Objects;

/** How serious a finding is (<i>alvorlighed</i>). */
public enum Severity {
    /** The plan is wrong and must not be published until it is corrected (<i>fejl</i>). */
    ERROR("FEJL", "ERROR"),
    /** The plan can be published, but something looks unintended or incomplete (<i>advarsel</i>). */
    WARNING("ADVARSEL", "WARNING");

    private final String danish;
    private final String english;

    Severity(String danish, String english) {
        this.danish = danish;
        this.english = english;
    }

    /**
     * The word for this severity, as used at the start of a report line.
     *
     * @param language Danish or English
     * @return {@code FEJL}/{@code ADVARSEL} in Danish, {@code ERROR}/{@code WARNING} in English
     */
    public String label(Language language) {
        Objects.requireNonNull(language, "language");
        return language == Language.DA ? danish : english;
    }
}
