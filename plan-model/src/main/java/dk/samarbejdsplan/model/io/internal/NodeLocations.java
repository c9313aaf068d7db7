package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The locations of a document's elements by plan path, looked up in its {@link Node} tree. The tree's keys are
 * the record component names and its list positions the plan's indexes, so a plan path is a path in the tree.
 * A path that goes on below a scalar (a meeting written as a bare date, {@code meetings[0].date}) is found at
 * that scalar. Immutable and thread-safe.
 */
public final class NodeLocations {
    private final Node root;

    /**
     * @param root the document's root
     */
    public NodeLocations(Node root) {
        this.root = root;
    }

    /**
     * The location of exactly one path.
     *
     * @param path a plan path
     * @return where that element was written, if it was
     */
    public Optional<SourceLocation> find(String path) {
        Node node = root;
        int i = 0;
        int n = path.length();
        while (i < n) {
            if (node instanceof Node.ScalarNode) {
                // a part of a scalar, such as the date of a meeting written as a bare date
                return Optional.of(node.location());
            }
            char c = path.charAt(i);
            if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0 || !(node instanceof Node.ListNode list)) {
                    return Optional.empty();
                }
                int index;
                try {
                    index = Integer.parseInt(path, i + 1, close, 10);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (index < 0 || index >= list.items().size()) {
                    return Optional.empty();
                }
                node = list.items().get(index);
                i = close + 1;
            } else {
                int start = c == '.' ? i + 1 : i;
                int end = start;
                while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                if (!(node instanceof Node.MapNode map)) {
                    return Optional.empty();
                }
                Node.Entry entry = map.entries().get(path.substring(start, end));
                if (entry == null) {
                    return Optional.empty();
                }
                node = entry.value();
                i = end;
            }
        }
        return Optional.of(node.location());
    }

    /** @return every element's location by plan path, in document order */
    public Map<String, SourceLocation> all() {
        Map<String, SourceLocation> all = new LinkedHashMap<>();
        collect(root, "", all);
        return all;
    }

    private static void collect(Node node, String path, Map<String, SourceLocation> all) {
        all.putIfAbsent(path, node.location());
        if (node instanceof Node.MapNode map) {
            for (Node.Entry entry : map.entries().values()) {
                collect(entry.value(), path.isEmpty() ? entry.key() : path + "." + entry.key(), all);
            }
        } else if (node instanceof Node.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                collect(list.items().get(i), path + "[" + i + "]", all);
            }
        }
    }
}
