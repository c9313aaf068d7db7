package dk.samarbejdsplan.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The languages the library speaks: Danish first (<i>dansk</i>), English available.
 *
 * <p>Every piece of text the library produces for people (messages, publications) takes a {@code Language}
 * explicitly; nothing depends on {@link Locale#getDefault()}.
 */
public enum Language {
    /** Danish, the default language of the publication and of every message. */
    DA("da", new String[] {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december"}),
    /** English. */
    EN("en", new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"});

    private final String tag;
    private final String[] months;

    Language(String tag, String[] months) {
        this.tag = tag;
        this.months = months;
    }

    /** The BCP 47 language tag, {@code "da"} or {@code "en"}, as used in HTML {@code lang}. */
    public String tag() {
        return tag;
    }

    /** The matching locale (for libraries that want one); never the JVM default. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * Writes a date in words: {@code 26. oktober 2007} in Danish, {@code 26 October 2007} in English.
     *
     * @param date the date
     * @return the date in words, independent of the default locale
     */
    public String formatDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        String month = months[date.getMonthValue() - 1];
        return this == DA
                ? date.getDayOfMonth() + ". " + month + " " + date.getYear()
                : date.getDayOfMonth() + " " + month + " " + date.getYear();
    }

    /**
     * Finds a language by tag ({@code da}, {@code en}, also {@code da-DK}, {@code en-GB}), ignoring case.
     *
     * @param tag the tag
     * @return the language, or empty if the tag names neither Danish nor English
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
