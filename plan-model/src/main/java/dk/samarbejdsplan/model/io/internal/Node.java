package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a YAML or JSON document, with where it was written: a light view of one value of a {@link Tree},
 * made when the mapper asks for it and dropped right after. A YAML alias is a copy of the anchored value.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    /** @return where the value starts (for a mapping or list, where its first entry or bracket is) */
    SourceLocation location();

    /**
     * A mapping entry.
     *
     * @param key the key
     * @param keyLocation where the key was written
     * @param value the value
     */
    record Entry(String key, SourceLocation keyLocation, Node value) {
    }

    /** A mapping (YAML) or object (JSON). */
    final class MapNode implements Node {
        private final Tree tree;
        private final int index;

        MapNode(Tree tree, int index) {
            this.tree = tree;
            this.index = index;
        }

        @Override
        public SourceLocation location() {
            return tree.location(index);
        }

        /**
         * The entries, built on each call: ask once and keep the map.
         *
         * @return the entries by key, in document order (the first of duplicate keys)
         */
        public Map<String, Entry> entries() {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (int child = index + 1; child < tree.end(index); child = tree.end(child)) {
                String key = tree.key(child);
                if (key != Tree.DUPLICATE) {
                    entries.putIfAbsent(key, new Entry(key, tree.keyLocation(child), tree.node(child)));
                }
            }
            return Collections.unmodifiableMap(entries);
        }
    }

    /** A sequence (YAML) or array (JSON). */
    final class ListNode implements Node {
        private final Tree tree;
        private final int index;

        ListNode(Tree tree, int index) {
            this.tree = tree;
            this.index = index;
        }

        @Override
        public SourceLocation location() {
            return tree.location(index);
        }

        /** @return the items (a view; each item is made when asked for) */
        public List<Node> items() {
            int count = tree.itemCount(index);
            return new AbstractList<>() {
                @Override
                public Node get(int n) {
                    if (n < 0 || n >= count) {
                        throw new IndexOutOfBoundsException(n);
                    }
                    return tree.node(tree.item(index, n));
                }

                @Override
                public int size() {
                    return count;
                }
            };
        }
    }

    /** The kind of a scalar as the parser resolved it. */
    enum ScalarType {
        /** Text. */
        STRING,
        /** A whole number (the text as written). */
        INTEGER,
        /** A number with a fraction or exponent (the text as written). */
        FLOAT,
        /** true or false. */
        BOOLEAN,
        /** null, {@code ~} or an empty plain YAML value. */
        NULL
    }

    /**
     * A scalar. The text is as the parser gave it: for numbers and booleans the text as written, so
     * {@code code: 047} keeps its zero when read as text.
     */
    final class ScalarNode implements Node {
        private final Tree tree;
        private final int index;

        ScalarNode(Tree tree, int index) {
            this.tree = tree;
            this.index = index;
        }

        @Override
        public SourceLocation location() {
            return tree.location(index);
        }

        /** @return the resolved kind */
        public ScalarType type() {
            return tree.scalarType(index);
        }

        /** @return the text */
        public String text() {
            return tree.text(index);
        }
    }
}
