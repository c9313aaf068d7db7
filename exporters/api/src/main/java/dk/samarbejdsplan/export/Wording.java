package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words an exporter adds to a plan in Danish or English: meeting frequencies in plain words ("mindst 4 møder
 * om året (2 i 2007)"), dates in words ("26. oktober 2007") and shared labels ("Forum", "Emne",
 * "Repræsentanter"). Built-in exporters and plugins use it alike, so every format says the same thing the same
 * way.
 *
 * <p>The texts live in the resource bundles {@code wording_da.properties} and {@code wording_en.properties}
 * beside this class, read as UTF-8 and chosen by {@link Language} alone (never by the JVM's default locale).
 * Immutable and thread-safe; {@link #of(Language)} returns a shared instance.
 */
public final class Wording {
    private static final Wording DANISH = new Wording(
            ExporterTexts.read(Wording.class.getResourceAsStream("wording_da.properties"), Language.DA));
    private static final Wording ENGLISH = new Wording(
            ExporterTexts.read(Wording.class.getResourceAsStream("wording_en.properties"), Language.EN));

    /** The most frequency texts kept: far more than the different frequencies of all plans of a district. */
    private static final int MAX_FREQUENCIES_KEPT = 1024;

    private final ExporterTexts texts;
    /**
     * The words of each frequency met so far: every exporter asks for them once per forum, and a plan has few
     * different frequencies ("4", "Ad hoc", "Min. 4 (2 i 2007)"). One place for every exporter and plugin.
     */
    private final Map<MeetingFrequency, String> frequencies = new ConcurrentHashMap<>();

    private Wording(ExporterTexts texts) {
        this.texts = texts;
    }

    /**
     * The wording of a language.
     *
     * @param language Danish or English
     * @return its wording, shared
     */
    public static Wording of(Language language) {
        return Objects.requireNonNull(language, "language") == Language.DA ? DANISH : ENGLISH;
    }

    /**
     * @return the language of these words
     */
    public Language language() {
        return texts.language();
    }

    /**
     * The keys of the shared labels, the same in both languages.
     *
     * @return every key
     */
    public Set<String> keys() {
        return texts.keys();
    }

    /**
     * A label or phrase by key, for example {@code label.forum} ("Forum"), {@code label.topic} ("Emne").
     *
     * @param key the key
     * @return its text in this language
     * @throws java.util.MissingResourceException if no such key exists
     */
    public String text(String key) {
        return texts.text(key);
    }

    /**
     * A phrase by key with its placeholders ({@code {0}}, {@code {1}} …) filled in; numbers are written without
     * grouping, independent of the default locale.
     *
     * @param key the key
     * @param arguments the values of the placeholders
     * @return the phrase in this language
     * @throws java.util.MissingResourceException if no such key exists
     */
    public String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    /**
     * A meeting frequency in plain words, never abbreviated: "mindst 4 møder om året (2 i 2007)", "at least 4
     * meetings a year (2 in 2007)", "efter behov", "52 møder om året (ugentligt)".
     *
     * @param frequency the frequency
     * @return the frequency in words
     */
    public String frequency(MeetingFrequency frequency) {
        String words = frequencies.get(Objects.requireNonNull(frequency, "frequency"));
        if (words == null) {
            words = words(frequency);
            if (frequencies.size() < MAX_FREQUENCIES_KEPT) {
                frequencies.put(frequency, words);
            }
        }
        return words;
    }

    private String words(MeetingFrequency frequency) {
        String words;
        if (frequency instanceof MeetingFrequency.AsNeeded) {
            words = text("frequency.asNeeded");
        } else if (frequency instanceof MeetingFrequency.DecidedLocally) {
            words = text("frequency.decidedLocally");
        } else if (frequency instanceof MeetingFrequency.Exactly e) {
            words = meetings(e.count());
            if (e.count() == 52) {
                words = format("frequency.weekly", words);
            }
        } else if (frequency instanceof MeetingFrequency.AtLeast a) {
            words = format("frequency.atLeast", meetings(a.count()));
        } else {
            MeetingFrequency.Between b = (MeetingFrequency.Between) frequency;
            words = format("frequency.between", b.min(), meetings(b.max()));
        }
        if (frequency.yearCount().isPresent()) {
            MeetingFrequency.YearCount y = frequency.yearCount().get();
            words = format("frequency.inYear", words, y.count(), y.year());
        }
        return words;
    }

    private String meetings(int count) {
        return format(count == 1 ? "frequency.meeting" : "frequency.meetings", count);
    }

    /**
     * A date in words: "26. oktober 2007" in Danish, "26 October 2007" in English.
     *
     * @param date the date
     * @return the date in words, independent of the default locale
     */
    public String date(LocalDate date) {
        return texts.language().formatDate(date);
    }
}
