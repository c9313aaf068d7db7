package dk.samarbejdsplan.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
    DA("da", "d. MMMM uuuu"),
    /** English. */
    EN("en", "d MMMM uuuu");

    private final String tag;
    private final DateTimeFormatter dateFormat;

    Language(String tag, String datePattern) {
        this.tag = tag;
        this.dateFormat = DateTimeFormatter.ofPattern(datePattern, Locale.forLanguageTag(tag));
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
     * Writes a date in words: {@code 26. oktober 2007} in Danish, {@code 26 October 2007} in English
     * ({@code java.time} patterns {@code d. MMMM uuuu} and {@code d MMMM uuuu} in the language's own locale).
     *
     * @param date the date
     * @return the date in words, independent of the default locale
     */
    public String formatDate(LocalDate date) {
        return dateFormat.format(Objects.requireNonNull(date, "date"));
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
