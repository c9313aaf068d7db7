package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * A value of a YAML or JSON document, with where it was written: the reader's small tree between the token
 * stream and the domain records. Immutable once built; a YAML alias shares the anchored node.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    /** @return where the value starts (for a mapping or list, where its first entry or bracket is) */
    SourceLocation location();

    /** @return the number of nodes in this subtree, counting aliased subtrees as often as they are used */
    long size();

    /**
     * The same node seen at another place (an alias).
     *
     * @param newLocation the alias's location
     * @return a node with the same content
     */
    Node at(SourceLocation newLocation);

    /**
     * A mapping entry.
     *
     * @param key the key
     * @param keyLocation where the key was written
     * @param value the value
     */
    record Entry(String key, SourceLocation keyLocation, Node value) {
    }

    /**
     * A mapping (YAML) or object (JSON).
     *
     * @param entries the entries by key, in document order (the first of duplicate keys)
     * @param location where it starts
     * @param size nodes in the subtree
     */
    record MapNode(Map<String, Entry> entries, SourceLocation location, long size) implements Node {
        @Override
        public Node at(SourceLocation newLocation) {
            return new MapNode(entries, newLocation, size);
        }
    }

    /**
     * A sequence (YAML) or array (JSON).
     *
     * @param items the items
     * @param location where it starts
     * @param size nodes in the subtree
     */
    record ListNode(List<Node> items, SourceLocation location, long size) implements Node {
        @Override
        public Node at(SourceLocation newLocation) {
            return new ListNode(items, newLocation, size);
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
     *
     * @param type the resolved kind
     * @param text the text
     * @param location where it was written
     */
    record ScalarNode(ScalarType type, String text, SourceLocation location) implements Node {
        @Override
        public long size() {
            return 1;
        }

        @Override
        public Node at(SourceLocation newLocation) {
            return new ScalarNode(type, text, newLocation);
        }
    }
}
