package dk.samarbejdsplan.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a forum meets (<i>møder pr. år</i>): a typed value, never free text.
 *
 * <p>The forms of the 2007 plan and how they read:
 * <table>
 * <caption>Meeting frequencies</caption>
 * <tr><th scope="col">text</th><th scope="col">type</th><th scope="col">Danish</th></tr>
 * <tr><td>{@code 4}, {@code 52}</td><td>{@link Exactly}</td><td>4 møder om året</td></tr>
 * <tr><td>{@code Min. 4}, {@code Min 4}</td><td>{@link AtLeast}</td><td>mindst 4 møder om året</td></tr>
 * <tr><td>{@code Min. 4 (2 i 2007)}</td><td>{@link AtLeast} with a {@link YearCount}</td>
 *     <td>mindst 4 møder om året (2 i 2007)</td></tr>
 * <tr><td>{@code 2-3}</td><td>{@link Between}</td><td>2 til 3 møder om året</td></tr>
 * <tr><td>{@code Ad hoc}</td><td>{@link AsNeeded}</td><td>efter behov</td></tr>
 * <tr><td>{@code Besluttet lokalt}</td><td>{@link DecidedLocally}</td><td>besluttes lokalt</td></tr>
 * </table>
 *
 * <p>{@link #parse(String)} is tolerant of case, spacing, a missing dot after "Min" and an en dash in a range;
 * {@link #format()} writes the canonical form, and {@code parse(f.format()).equals(f)} for every value.
 * Counts and years are never negative (the constructors refuse that); beyond that they are not range-checked
 * here: the validation reports counts outside 1–366, ranges with min &gt; max and a year count for another
 * year than the plan's.
 */
public sealed interface MeetingFrequency
        permits MeetingFrequency.Exactly, MeetingFrequency.AtLeast, MeetingFrequency.Between,
        MeetingFrequency.AsNeeded, MeetingFrequency.DecidedLocally {

    /** The kinds of frequency, for switches and for export. */
    enum Kind {
        /** A fixed number of meetings a year. */
        EXACTLY,
        /** At least a number of meetings a year. */
        AT_LEAST,
        /** Between two numbers of meetings a year. */
        BETWEEN,
        /** When needed (<i>ad hoc</i>). */
        AS_NEEDED,
        /** Decided by each local forum (<i>besluttet lokalt</i>). */
        DECIDED_LOCALLY
    }

    /**
     * A different number of meetings in one named year, for example "2 i 2007" when a forum starting
     * mid-year meets twice in its first year.
     *
     * @param count the number of meetings in that year
     * @param year the year, four digits
     */
    record YearCount(int count, int year) {
        /** Refuses a negative count and a year that is not written with four digits. */
        public YearCount {
            Counts.requireNonNegative(count, "count");
            if (year < 1000 || year > 9999) {
                throw new IllegalArgumentException("year must have four digits: " + year);
            }
        }
    }

    /**
     * Exactly {@code count} meetings a year.
     *
     * @param count the number of meetings a year
     * @param yearCount a different count for one year, if any
     */
    record Exactly(int count, Optional<YearCount> yearCount) implements MeetingFrequency {
        /** Checks for {@code null}. */
        public Exactly {
            Counts.requireNonNegative(count, "count");
            yearCount = Objects.requireNonNullElse(yearCount, Optional.empty());
        }

        /** @param count meetings a year */
        public Exactly(int count) {
            this(count, Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.EXACTLY;
        }
    }

    /**
     * At least {@code count} meetings a year ("Min. 4").
     *
     * @param count the least number of meetings a year
     * @param yearCount a different count for one year, if any ("(2 i 2007)")
     */
    record AtLeast(int count, Optional<YearCount> yearCount) implements MeetingFrequency {
        /** Checks for {@code null}. */
        public AtLeast {
            Counts.requireNonNegative(count, "count");
            yearCount = Objects.requireNonNullElse(yearCount, Optional.empty());
        }

        /** @param count the least number of meetings a year */
        public AtLeast(int count) {
            this(count, Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.AT_LEAST;
        }
    }

    /**
     * Between {@code min} and {@code max} meetings a year ("2-3").
     *
     * @param min the least number
     * @param max the greatest number
     * @param yearCount a different count for one year, if any
     */
    record Between(int min, int max, Optional<YearCount> yearCount) implements MeetingFrequency {
        /** Checks for {@code null}. */
        public Between {
            Counts.requireNonNegative(min, "min");
            Counts.requireNonNegative(max, "max");
            yearCount = Objects.requireNonNullElse(yearCount, Optional.empty());
        }

        /** @param min the least number @param max the greatest number */
        public Between(int min, int max) {
            this(min, max, Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.BETWEEN;
        }
    }

    /** When needed ("Ad hoc"). */
    record AsNeeded() implements MeetingFrequency {
        @Override
        public Kind kind() {
            return Kind.AS_NEEDED;
        }

        @Override
        public Optional<YearCount> yearCount() {
            return Optional.empty();
        }
    }

    /** Decided by each local forum ("Besluttet lokalt"). */
    record DecidedLocally() implements MeetingFrequency {
        @Override
        public Kind kind() {
            return Kind.DECIDED_LOCALLY;
        }

        @Override
        public Optional<YearCount> yearCount() {
            return Optional.empty();
        }
    }

    /** @return the kind of frequency */
    Kind kind();

    /** @return the different count for one named year, if any */
    Optional<YearCount> yearCount();

    /**
     * The least number of meetings a year, where the frequency says one.
     *
     * @return the minimum; empty for "Ad hoc" and "Besluttet lokalt"
     */
    default OptionalInt minPerYear() {
        if (this instanceof Exactly e) {
            return OptionalInt.of(e.count());
        } else if (this instanceof AtLeast a) {
            return OptionalInt.of(a.count());
        } else if (this instanceof Between b) {
            return OptionalInt.of(b.min());
        }
        return OptionalInt.empty();
    }

    /**
     * The greatest number of meetings a year, where the frequency says one.
     *
     * @return the maximum; empty for "Min. 4", "Ad hoc" and "Besluttet lokalt"
     */
    default OptionalInt maxPerYear() {
        if (this instanceof Exactly e) {
            return OptionalInt.of(e.count());
        } else if (this instanceof Between b) {
            return OptionalInt.of(b.max());
        }
        return OptionalInt.empty();
    }

    /**
     * The number of meetings expected in a given year: the year count if it names that year, else the
     * minimum.
     *
     * @param year a year
     * @return the expected least number of meetings that year, if the frequency says one
     */
    default OptionalInt minInYear(int year) {
        Optional<YearCount> special = yearCount().filter(y -> y.year() == year);
        return special.isPresent() ? OptionalInt.of(special.get().count()) : minPerYear();
    }

    /**
     * The same frequency without its year-specific count ("Min. 4 (2 i 2007)" becomes "Min. 4").
     *
     * @return this frequency without a year count
     */
    default MeetingFrequency withoutYearCount() {
        if (this instanceof Exactly e) {
            return new Exactly(e.count());
        } else if (this instanceof AtLeast a) {
            return new AtLeast(a.count());
        } else if (this instanceof Between b) {
            return new Between(b.min(), b.max());
        }
        return this;
    }

    /**
     * The canonical text, as written in a plan file and in the publication's table: {@code "4"},
     * {@code "Min. 4"}, {@code "Min. 4 (2 i 2007)"}, {@code "2-3"}, {@code "Ad hoc"},
     * {@code "Besluttet lokalt"}.
     *
     * @return the canonical Danish text
     */
    default String format() {
        String base;
        if (this instanceof Exactly e) {
            base = Integer.toString(e.count());
        } else if (this instanceof AtLeast a) {
            base = "Min. " + a.count();
        } else if (this instanceof Between b) {
            base = b.min() + "-" + b.max();
        } else if (this instanceof AsNeeded) {
            base = "Ad hoc";
        } else {
            base = "Besluttet lokalt";
        }
        return yearCount().map(y -> base + " (" + y.count() + " i " + y.year() + ")").orElse(base);
    }

    /**
     * Reads a frequency from text, tolerant of case, extra spaces, a missing dot ("Min 4"), "mindst" for
     * "Min.", an en dash in a range ("2–3"), "Ad-hoc", "efter behov" and "besluttes lokalt".
     *
     * @param text the text, for example {@code "Min. 4 (2 i 2007)"}
     * @return the frequency
     * @throws FrequencyFormatException if the text is none of the accepted forms; the message names the text
     *         and the accepted forms
     */
    static MeetingFrequency parse(String text) {
        if (text == null) {
            throw new FrequencyFormatException("");
        }
        String s = Parsing.normalise(text);
        Optional<YearCount> yearCount = Optional.empty();
        Matcher year = Parsing.YEAR_COUNT.matcher(s);
        if (year.find()) {
            yearCount = Optional.of(new YearCount(Parsing.number(year.group(1), text),
                    Parsing.number(year.group(2), text)));
            s = s.substring(0, year.start()).strip();
        }
        Matcher m;
        if ((m = Parsing.EXACTLY.matcher(s)).matches()) {
            return new Exactly(Parsing.number(m.group(1), text), yearCount);
        } else if ((m = Parsing.AT_LEAST.matcher(s)).matches()) {
            return new AtLeast(Parsing.number(m.group(1), text), yearCount);
        } else if ((m = Parsing.BETWEEN.matcher(s)).matches()) {
            return new Between(Parsing.number(m.group(1), text), Parsing.number(m.group(2), text), yearCount);
        } else if (yearCount.isEmpty() && Parsing.AS_NEEDED.matcher(s).matches()) {
            return new AsNeeded();
        } else if (yearCount.isEmpty() && Parsing.DECIDED_LOCALLY.matcher(s).matches()) {
            return new DecidedLocally();
        }
        throw new FrequencyFormatException(text);
    }
}

/** The grammar of {@link MeetingFrequency#parse(String)}; applied to stripped, lower-cased text. */
final class Parsing {
    static final Pattern YEAR_COUNT = Pattern.compile("\\s*\\(\\s*(\\d{1,9})\\s+(?:i|in)\\s+(\\d{4})\\s*\\)$");
    static final Pattern EXACTLY = Pattern.compile("(\\d{1,9})");
    static final Pattern AT_LEAST = Pattern.compile("(?:min\\.?|mindst|at least)\\s*(\\d{1,9})");
    static final Pattern BETWEEN = Pattern.compile("(\\d{1,9})\\s*[-\u2013]\\s*(\\d{1,9})");
    static final Pattern AS_NEEDED = Pattern.compile("ad[ -]?hoc|efter behov|as needed");
    static final Pattern DECIDED_LOCALLY = Pattern.compile("beslut(?:tet|tes) lokalt|decided locally");

    private Parsing() {
    }

    /** Strips, folds every run of any kind of space to one space and every kind of hyphen to '-', lower-cases. */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.strip().codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2212 || c == 0xFE63 || c == 0xFF0D) {
                b.append('-');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    static int number(String digits, String text) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new FrequencyFormatException(text);
        }
    }
}

/** Argument checks of the frequency records. */
final class Counts {
    private Counts() {
    }

    static void requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
