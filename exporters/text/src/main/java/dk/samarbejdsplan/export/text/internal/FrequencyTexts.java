package dk.samarbejdsplan.export.text.internal;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import java.util.Optional;

/**
 * The meeting frequencies of one export in words ({@link MeetingFrequency#describe(Language)}), worked out once
 * per distinct frequency: a plan has a handful of distinct frequencies and thousands of forums.
 *
 * <p>A frequency is looked up by a {@code long} packed from its kind and numbers (no boxing, and none of the
 * records' generic {@code equals}/{@code hashCode}); one whose numbers do not fit the packing (counts above
 * 4095, years outside 0–16383) is described every time. Not thread-safe: one per export.
 */
final class FrequencyTexts {
    private static final int BITS = 12;
    private static final int MAX = (1 << BITS) - 1;
    private static final int YEAR_BITS = 14;
    private static final int MAX_YEAR = (1 << YEAR_BITS) - 1;

    private final Language language;
    private long[] keys = new long[16]; // 0: empty (every packed key has a kind of 1 to 5)
    private String[] texts = new String[16];
    private int size;

    FrequencyTexts(Language language) {
        this.language = language;
    }

    /**
     * The frequency in words.
     *
     * @param frequency a frequency
     * @return {@code frequency.describe(language)}
     */
    String describe(MeetingFrequency frequency) {
        long key = key(frequency);
        if (key == 0) {
            return frequency.describe(language);
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return texts[i];
            }
            i = (i + 1) & mask;
        }
        String text = frequency.describe(language);
        keys[i] = key;
        texts[i] = text;
        if (++size * 2 > keys.length) {
            grow();
        }
        return text;
    }

    /**
     * The kind and the numbers packed into a {@code long} (kind 3 bits, two counts of 12 bits, the year count's
     * presence, count of 12 bits and year of 14 bits), or 0 if they do not fit. Equal keys mean equal
     * frequencies.
     */
    static long key(MeetingFrequency frequency) {
        long kind;
        int first = 0;
        int second = 0;
        if (frequency instanceof MeetingFrequency.Exactly) {
            kind = 1;
            first = ((MeetingFrequency.Exactly) frequency).count();
        } else if (frequency instanceof MeetingFrequency.AtLeast) {
            kind = 2;
            first = ((MeetingFrequency.AtLeast) frequency).count();
        } else if (frequency instanceof MeetingFrequency.Between) {
            kind = 3;
            first = ((MeetingFrequency.Between) frequency).min();
            second = ((MeetingFrequency.Between) frequency).max();
        } else if (frequency instanceof MeetingFrequency.AsNeeded) {
            kind = 4;
        } else if (frequency instanceof MeetingFrequency.DecidedLocally) {
            kind = 5;
        } else {
            return 0;
        }
        if (first < 0 || first > MAX || second < 0 || second > MAX) {
            return 0;
        }
        long key = kind | (long) first << 3 | (long) second << (3 + BITS);
        Optional<MeetingFrequency.YearCount> yearCount = frequency.yearCount();
        if (yearCount.isPresent()) {
            int count = yearCount.get().count();
            int year = yearCount.get().year();
            if (count < 0 || count > MAX || year < 0 || year > MAX_YEAR) {
                return 0;
            }
            key |= 1L << (3 + 2 * BITS) | (long) count << (4 + 2 * BITS) | (long) year << (4 + 3 * BITS);
        }
        return key;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        String[] oldTexts = texts;
        keys = new long[oldKeys.length * 2];
        texts = new String[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                texts[i] = oldTexts[j];
            }
        }
    }
}
