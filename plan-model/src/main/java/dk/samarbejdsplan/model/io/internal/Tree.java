package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.Arrays;

/**
 * The values of one YAML or JSON document with where each was written, held in parallel arrays in document
 * order (pre-order: a mapping or list comes before its contents), so a plan of 100 000 forums costs about 35
 * bytes per value instead of a few hundred for a tree of objects. {@link TreeReader} fills it, {@link PlanMapper}
 * reads it through {@link Node} views, and {@link #locations()} keeps only the compact part a
 * {@link dk.samarbejdsplan.model.io.SourceMap} needs; the texts and the tree itself are then dropped.
 *
 * <p>Value {@code i} of the document has a kind, a line and column, the index just after its last descendant
 * ({@code end}), the key it stands under in its mapping (or {@code null}), and: a scalar its text; a list the
 * position of its item table in {@code items} (the count, then the index of each item, for random access).
 * Not thread-safe while it is filled; a filled tree is only read.
 */
public final class Tree {
    /** A mapping. */
    static final byte MAP = 0;
    /** A list. */
    static final byte LIST = 1;

    /** The key of a duplicate entry: kept in the tree (its problem is reported), never looked up. */
    static final String DUPLICATE = new String("<duplicate>");

    private static final Node.ScalarType[] SCALAR_TYPES = Node.ScalarType.values();
    private static final int SCALAR_BASE = 2;

    private final String source;
    private int size;
    private byte[] kind;
    private int[] line;
    private int[] column;
    private int[] end;
    private int[] aux;
    private String[] key;
    private String[] text;
    private int[] keyLine;
    private int[] keyColumn;
    private int[] items = new int[1024];
    private int itemsSize;

    /**
     * @param source the source name, for locations
     * @param expectedSize how many values the document probably has (a guess on the low side: the arrays grow
     *        by half when they are full, and growing costs the old and the new arrays for a moment)
     */
    public Tree(String source, int expectedSize) {
        this.source = source;
        int capacity = Math.max(1024, expectedSize);
        kind = new byte[capacity];
        line = new int[capacity];
        column = new int[capacity];
        end = new int[capacity];
        aux = new int[capacity];
        key = new String[capacity];
        text = new String[capacity];
        keyLine = new int[capacity];
        keyColumn = new int[capacity];
    }

    /** @return the source name */
    String source() {
        return source;
    }

    /** @return the number of values */
    int size() {
        return size;
    }

    // ---- filling ----------------------------------------------------------------------------------------

    /**
     * Adds a value; a mapping or list must be {@linkplain #close closed} after its contents.
     *
     * @return its index
     */
    int add(byte valueKind, String valueText, int valueLine, int valueColumn, String entryKey, int entryKeyLine,
            int entryKeyColumn) {
        if (size == kind.length) {
            grow();
        }
        int i = size++;
        kind[i] = valueKind;
        line[i] = valueLine;
        column[i] = valueColumn;
        end[i] = i + 1;
        aux[i] = -1;
        key[i] = entryKey;
        text[i] = valueText;
        keyLine[i] = entryKeyLine;
        keyColumn[i] = entryKeyColumn;
        return i;
    }

    /** Adds a scalar of the given type. */
    int addScalar(Node.ScalarType type, String valueText, int valueLine, int valueColumn, String entryKey,
            int entryKeyLine, int entryKeyColumn) {
        return add((byte) (SCALAR_BASE + type.ordinal()), valueText, valueLine, valueColumn, entryKey, entryKeyLine,
                entryKeyColumn);
    }

    /** Ends a mapping or list: its contents are the values added since it. */
    void close(int i) {
        end[i] = size;
    }

    /**
     * Ends a list and records its items.
     *
     * @param i the list
     * @param itemIndexes the index of each item
     * @param count how many items
     */
    void closeList(int i, int[] itemIndexes, int count) {
        end[i] = size;
        aux[i] = appendItems(count);
        System.arraycopy(itemIndexes, 0, items, aux[i] + 1, count);
    }

    private int appendItems(int count) {
        int start = itemsSize;
        long needed = (long) itemsSize + count + 1;
        if (needed > items.length) {
            items = Arrays.copyOf(items, (int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max(needed, items.length + (items.length >> 1))));
        }
        items[start] = count;
        itemsSize += count + 1;
        return start;
    }

    /** Marks value {@code i} as the value of a duplicate key (reported elsewhere). */
    void markDuplicate(int i) {
        key[i] = DUPLICATE;
    }

    /**
     * Copies the value at {@code from} with its contents to the end (a YAML alias): the copy gets the alias's
     * location and key, its contents keep the locations of the anchored original.
     *
     * @return the copy's index
     */
    int copy(int from, int valueLine, int valueColumn, String entryKey, int entryKeyLine, int entryKeyColumn) {
        int count = end[from] - from;
        while (size + count > kind.length) {
            grow();
        }
        int shift = size - from;
        System.arraycopy(kind, from, kind, size, count);
        System.arraycopy(line, from, line, size, count);
        System.arraycopy(column, from, column, size, count);
        System.arraycopy(key, from, key, size, count);
        System.arraycopy(text, from, text, size, count);
        System.arraycopy(keyLine, from, keyLine, size, count);
        System.arraycopy(keyColumn, from, keyColumn, size, count);
        for (int k = 0; k < count; k++) {
            int original = from + k;
            int copied = size + k;
            end[copied] = end[original] + shift;
            if (kind[original] == LIST) {
                int n = items[aux[original]];
                int start = appendItems(n);
                for (int m = 0; m < n; m++) {
                    items[start + 1 + m] = items[aux[original] + 1 + m] + shift;
                }
                aux[copied] = start;
            } else {
                aux[copied] = -1;
            }
        }
        int copy = size;
        size += count;
        line[copy] = valueLine;
        column[copy] = valueColumn;
        key[copy] = entryKey;
        keyLine[copy] = entryKeyLine;
        keyColumn[copy] = entryKeyColumn;
        return copy;
    }

    private void grow() {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, kind.length + (kind.length >> 1));
        kind = Arrays.copyOf(kind, capacity);
        line = Arrays.copyOf(line, capacity);
        column = Arrays.copyOf(column, capacity);
        end = Arrays.copyOf(end, capacity);
        aux = Arrays.copyOf(aux, capacity);
        key = Arrays.copyOf(key, capacity);
        text = Arrays.copyOf(text, capacity);
        keyLine = Arrays.copyOf(keyLine, capacity);
        keyColumn = Arrays.copyOf(keyColumn, capacity);
    }

    // ---- reading ----------------------------------------------------------------------------------------

    /** @return whether value {@code i} is a mapping */
    boolean isMap(int i) {
        return kind[i] == MAP;
    }

    /** @return whether value {@code i} is a list */
    boolean isList(int i) {
        return kind[i] == LIST;
    }

    /** @return the type of scalar {@code i} */
    Node.ScalarType scalarType(int i) {
        return SCALAR_TYPES[kind[i] - SCALAR_BASE];
    }

    /** @return the text of scalar {@code i} */
    String text(int i) {
        return text[i];
    }

    /** @return the key value {@code i} stands under, {@link #DUPLICATE}, or {@code null} */
    String key(int i) {
        return key[i];
    }

    /**
     * The characters of value {@code i} and everything inside it: its texts and the keys inside it (its own key
     * is not counted: an alias's copy stands under the alias's key).
     *
     * @return the number of characters
     */
    long characters(int i) {
        long count = text[i] == null ? 0 : text[i].length();
        for (int k = i + 1; k < end[i]; k++) {
            count += (text[k] == null ? 0 : text[k].length()) + (key[k] == null ? 0 : key[k].length());
        }
        return count;
    }

    /** @return the index after the last value inside value {@code i} */
    int end(int i) {
        return end[i];
    }

    /** @return the number of items of list {@code i} */
    int itemCount(int i) {
        return items[aux[i]];
    }

    /** @return the index of item {@code n} of list {@code i} */
    int item(int i, int n) {
        return items[aux[i] + 1 + n];
    }

    /** @return where value {@code i} was written */
    SourceLocation location(int i) {
        return new SourceLocation(source, line[i], column[i]);
    }

    /** @return where the key of value {@code i} was written */
    SourceLocation keyLocation(int i) {
        return new SourceLocation(source, keyLine[i], keyColumn[i]);
    }

    /** @return the line of the key of value {@code i} */
    int keyLine(int i) {
        return keyLine[i];
    }

    /** @return the 1-based column of the key {@code i} stands under, or 0 */
    int keyColumn(int i) {
        return keyColumn[i];
    }

    /**
     * A view of value {@code i}.
     *
     * @param i the index
     * @return the node
     */
    public Node node(int i) {
        if (kind[i] == MAP) {
            return new Node.MapNode(this, i);
        }
        if (kind[i] == LIST) {
            return new Node.ListNode(this, i);
        }
        return new Node.ScalarNode(this, i);
    }

    /**
     * The compact location index of the document: only lines, columns, structure and keys, copied into arrays
     * of exactly the right size. Call it last: it first lets go of the texts and key locations (the tree can
     * then no longer be read), so they are not held while the index is built.
     *
     * @return the index
     */
    public DocumentLocations locations() {
        text = null;
        keyLine = null;
        keyColumn = null;
        return new DocumentLocations(source, size, kind, line, column, end, aux, key, items, itemsSize);
    }
}
