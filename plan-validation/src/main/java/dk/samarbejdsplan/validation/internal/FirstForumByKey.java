package dk.samarbejdsplan.validation.internal;

import java.util.function.IntFunction;

/**
 * Keys (forum ids, or forum names as {@code PlanChecks.nameKey}) to the index of the first forum that has them: open
 * addressing over two {@code int} arrays, sized once for the plan's forums; the key of an entry is read
 * back from its forum when the hashes match.
 *
 * <p>Why no {@code HashMap}: for 100 000 forums its table (2^18 references, 1 MB) is a humongous object to
 * G1 with a 2 MB region (a 3 GB heap), allocated straight into the old generation and, holding references,
 * never reclaimed at a young collection. Dead after the check, it still kept its entries, boxed places and
 * name keys alive: every later young collection copied and promoted them, and validation's cost per forum
 * grew with the plan (1.8 times at 100 000 forums against 1 000, with a tenth of the time in GC pauses).
 * Arrays of {@code int} hold no references, and G1 frees them eagerly. Not thread-safe; one per check.
 */
final class FirstForumByKey {

    /** What {@link #get} and {@link #putIfAbsent} return for a key not held. */
    static final int ABSENT = -1;

    /** The forum index plus one of each slot; 0 for an empty slot. */
    private final int[] entries;
    private final int[] hashes;
    private final IntFunction<String> keyOf;
    private final int shift;

    /**
     * @param expected the number of keys at most
     * @param keyOf the key of the forum at an index
     */
    FirstForumByKey(int expected, IntFunction<String> keyOf) {
        int bits = 1;
        while ((1L << bits) < 2L * expected) {
            bits++;
        }
        entries = new int[1 << bits];
        hashes = new int[1 << bits];
        this.keyOf = keyOf;
        shift = 32 - bits;
    }

    /**
     * @param key the key
     * @param index the forum that has it, not negative
     * @return the forum already held for the key, or {@link #ABSENT} (and the forum is now held)
     */
    int putIfAbsent(String key, int index) {
        int hash = key.hashCode();
        int i = find(key, hash, ABSENT);
        if (entries[i] == 0) {
            entries[i] = index + 1;
            hashes[i] = hash;
            return ABSENT;
        }
        return entries[i] - 1;
    }

    /**
     * @param key the key
     * @return the forum held for the key, or {@link #ABSENT}
     */
    int get(String key) {
        return entries[find(key, key.hashCode(), ABSENT)] - 1;
    }

    /**
     * @param key the key of the forum at {@code index}
     * @param index a forum whose key was put
     * @return the first forum with the key: {@code index} itself when it was the first (found without
     *         reading any key back)
     */
    int first(String key, int index) {
        return entries[find(key, key.hashCode(), index)] - 1;
    }

    /**
     * The slot holding the key, or the empty slot where it would go (an empty slot holds 0, so its entry
     * minus one is {@link #ABSENT}).
     *
     * @param key the key
     * @param hash its hash code
     * @param index a forum known to have the key, matched without reading its key back; or {@link #ABSENT}
     * @return the slot
     */
    private int find(String key, int hash, int index) {
        int mask = entries.length - 1;
        for (int i = slot(hash); ; i = (i + 1) & mask) {
            int entry = entries[i];
            if (entry == 0
                    || hashes[i] == hash && (entry - 1 == index || keyOf.apply(entry - 1).equals(key))) {
                return i;
            }
        }
    }

    /** Fibonacci hashing: the high bits of the hash times the golden ratio, against clustering. */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
