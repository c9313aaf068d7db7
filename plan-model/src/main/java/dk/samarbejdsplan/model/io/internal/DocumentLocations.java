package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The locations of a document's values by plan path, kept after reading instead of the document itself: for
 * each value in document order its line, column, the index after its contents, its key (a small number) and,
 * for a list, where its item table starts. That is about 17 bytes a value (a plan of 100 000 forums has about
 * a million), and no text of the document.
 *
 * <p>The keys are the record component names and the list positions the plan's indexes, so a plan path is a
 * path in the document. A path that goes on below a scalar (a meeting written as a bare date,
 * {@code meetings[0].date}) is found at that scalar. Immutable and thread-safe.
 */
public final class DocumentLocations {
    private static final int SCALAR = -1;
    private static final int MAP = -2;

    private final String source;
    private final int[] line;
    private final int[] column;
    private final int[] end;
    /** A list: the start of its item table; otherwise {@link #SCALAR} or {@link #MAP}. */
    private final int[] aux;
    /**
     * The key of each value, as an index into {@link #keyNames}; -1 for none. A plan file that reads has only
     * the format's few keys, so they fit a byte; {@link #wideKey} holds them otherwise.
     */
    private final byte[] key;
    private final int[] wideKey;
    private final String[] keyNames;
    private final Map<String, Integer> keyIds;
    private final int[] items;

    DocumentLocations(String source, int size, byte[] kind, int[] line, int[] column, int[] end, int[] aux,
            String[] keys, int[] items, int itemsSize) {
        this.source = source;
        this.line = Arrays.copyOf(line, size);
        this.column = Arrays.copyOf(column, size);
        this.end = Arrays.copyOf(end, size);
        this.aux = new int[size];
        int[] keyIndex = new int[size];
        this.items = Arrays.copyOf(items, itemsSize);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < size; i++) {
            this.aux[i] = kind[i] == Tree.LIST ? aux[i] : kind[i] == Tree.MAP ? MAP : SCALAR;
            String k = keys[i];
            if (k == null || k == Tree.DUPLICATE) {
                keyIndex[i] = -1;
            } else {
                Integer id = ids.get(k);
                if (id == null) {
                    id = ids.size();
                    ids.put(k, id);
                }
                keyIndex[i] = id;
            }
        }
        if (ids.size() <= Byte.MAX_VALUE) {
            this.key = new byte[size];
            for (int i = 0; i < size; i++) {
                this.key[i] = (byte) keyIndex[i];
            }
            this.wideKey = null;
        } else {
            this.key = null;
            this.wideKey = keyIndex;
        }
        this.keyNames = new String[ids.size()];
        ids.forEach((name, id) -> keyNames[id] = name);
        this.keyIds = Map.copyOf(ids);
    }

    /**
     * The location of exactly one path.
     *
     * @param path a plan path
     * @return where that element was written, if it was
     */
    public Optional<SourceLocation> find(String path) {
        if (line.length == 0) {
            return Optional.empty();
        }
        int node = 0;
        int i = 0;
        int n = path.length();
        while (i < n) {
            if (aux[node] == SCALAR) {
                // a part of a scalar, such as the date of a meeting written as a bare date
                return Optional.of(location(node));
            }
            char c = path.charAt(i);
            if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0 || aux[node] < 0) {
                    return Optional.empty();
                }
                int index;
                try {
                    index = Integer.parseInt(path, i + 1, close, 10);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (index < 0 || index >= items[aux[node]]) {
                    return Optional.empty();
                }
                node = items[aux[node] + 1 + index];
                i = close + 1;
            } else {
                int start = c == '.' ? i + 1 : i;
                int stop = start;
                while (stop < n && path.charAt(stop) != '.' && path.charAt(stop) != '[') {
                    stop++;
                }
                if (aux[node] != MAP) {
                    return Optional.empty();
                }
                Integer id = keyIds.get(path.substring(start, stop));
                if (id == null) {
                    return Optional.empty();
                }
                int found = -1;
                for (int child = node + 1; child < end[node]; child = end[child]) {
                    if (keyOf(child) == id) {
                        found = child;
                        break;
                    }
                }
                if (found < 0) {
                    return Optional.empty();
                }
                node = found;
                i = stop;
            }
        }
        return Optional.of(location(node));
    }

    /** @return every element's location by plan path, in document order */
    public Map<String, SourceLocation> all() {
        Map<String, SourceLocation> all = new LinkedHashMap<>();
        if (line.length > 0) {
            collect(0, "", all);
        }
        return all;
    }

    private void collect(int node, String path, Map<String, SourceLocation> all) {
        all.putIfAbsent(path, location(node));
        if (aux[node] == MAP) {
            for (int child = node + 1; child < end[node]; child = end[child]) {
                if (keyOf(child) >= 0) {
                    String name = keyNames[keyOf(child)];
                    collect(child, path.isEmpty() ? name : path + "." + name, all);
                }
            }
        } else if (aux[node] >= 0) {
            int count = items[aux[node]];
            for (int k = 0; k < count; k++) {
                collect(items[aux[node] + 1 + k], path + "[" + k + "]", all);
            }
        }
    }

    private int keyOf(int node) {
        return key != null ? key[node] : wideKey[node];
    }

    private SourceLocation location(int node) {
        return new SourceLocation(source, line[node], column[node]);
    }
}
