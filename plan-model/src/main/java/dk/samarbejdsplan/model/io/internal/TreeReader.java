package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.io.PlanProblem;
import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one document from a Jackson token stream (YAML or JSON) into a {@link Node} tree with locations.
 * Reports duplicate keys (naming both lines), explicit YAML tags other than the standard ones, YAML aliases
 * without an anchor, and stops at too many aliases or aliases that expand to too much. Jackson's exceptions
 * (syntax errors, the stream read constraints) pass through to the caller, who translates them.
 */
public final class TreeReader {
    private static final Set<String> STANDARD_TAGS = Set.of("!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");

    private final JsonParser parser;
    private final PlanYamlFactory.EventParser yaml;
    private final Problems problems;
    private final int maxAliases;
    private final long maxAliasExpansion;
    private final long maxElements;
    private long elements;
    private final Map<String, Node> anchors = new HashMap<>();
    private int aliases;
    private long aliasExpansion;

    /**
     * @param parser a fresh parser
     * @param problems where to report
     * @param maxAliases the most YAML aliases a document may use
     * @param maxAliasExpansion the most nodes the aliases of a document may add in all
     * @param maxElements the most values, lists and mappings a document may hold
     */
    public TreeReader(JsonParser parser, Problems problems, int maxAliases, long maxAliasExpansion,
            long maxElements) {
        this.parser = parser;
        this.yaml = parser instanceof PlanYamlFactory.EventParser p ? p : null;
        this.problems = problems;
        this.maxAliases = maxAliases;
        this.maxAliasExpansion = maxAliasExpansion;
        this.maxElements = maxElements;
    }

    /**
     * Reads the document.
     *
     * @return the root node, or empty if the document holds nothing
     */
    public Optional<Node> read() {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return Optional.empty();
        }
        Node root = value(first, Where.ROOT);
        JsonToken after = parser.nextToken();
        if (after != null) {
            SourceLocation where = location();
            problems.add(PlanProblem.MULTIPLE_DOCUMENTS, "", where,
                    yaml != null
                            ? "filen indeholder mere end ét YAML-dokument (adskilt af ---); en plan skal stå i ét"
                            : "filen indeholder mere end én JSON-værdi; en plan er ét JSON-objekt",
                    yaml != null
                            ? "the file holds more than one YAML document (separated by ---); a plan is one"
                            : "the file holds more than one JSON value; a plan is one JSON object");
            throw new Problems.Stop();
        }
        if (root instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL) {
            return Optional.empty();
        }
        return Optional.of(root);
    }

    private Node value(JsonToken token, Where path) {
        SourceLocation where = location();
        if (++elements > maxElements) {
            problems.add(PlanProblem.DOCUMENT_TOO_LARGE, "", where,
                    "filen har mere end " + maxElements + " elementer (værdier, lister og nøgler)",
                    "the file holds more than " + maxElements + " elements (values, lists and mappings)");
            throw new Problems.Stop();
        }
        Event event = yaml == null ? null : yaml.currentEvent();
        checkTag(event, path, where);
        Node node;
        switch (token) {
            case START_OBJECT:
                node = mapping(path, where);
                break;
            case START_ARRAY:
                node = list(path, where);
                break;
            case VALUE_STRING:
                if (yaml != null && yaml.isCurrentAlias()) {
                    return alias(parser.getString(), path, where);
                }
                if (event instanceof ScalarEvent s && s.isPlain() && s.getValue().isEmpty()) {
                    node = new Node.ScalarNode(Node.ScalarType.NULL, "", where);
                } else {
                    node = new Node.ScalarNode(Node.ScalarType.STRING, parser.getString(), where);
                }
                break;
            case VALUE_NUMBER_INT:
                node = new Node.ScalarNode(Node.ScalarType.INTEGER, parser.getString(), where);
                break;
            case VALUE_NUMBER_FLOAT:
                node = new Node.ScalarNode(Node.ScalarType.FLOAT, parser.getString(), where);
                break;
            case VALUE_TRUE:
            case VALUE_FALSE:
                node = new Node.ScalarNode(Node.ScalarType.BOOLEAN, parser.getString(), where);
                break;
            case VALUE_NULL:
                node = new Node.ScalarNode(Node.ScalarType.NULL, "", where);
                break;
            default:
                // VALUE_EMBEDDED_OBJECT (!!binary) is refused as a tag above; anything else is not a value
                node = new Node.ScalarNode(Node.ScalarType.NULL, "", where);
                break;
        }
        if (event instanceof NodeEvent n && n.getAnchor().isPresent()) {
            anchors.put(n.getAnchor().get().getValue(), node);
        }
        return node;
    }

    private Node mapping(Where path, SourceLocation where) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        long size = 1;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            SourceLocation keyLocation = location();
            Where keyPath = new Where(path, key, -1);
            if (yaml != null) {
                checkTag(yaml.currentEvent(), keyPath, keyLocation);
            }
            Node value = value(parser.nextToken(), keyPath);
            size += value.size();
            Node.Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.add(PlanProblem.DUPLICATE_KEY, keyPath.toString(), keyLocation,
                        "nøglen \"" + key + "\" står to gange, i linje " + earlier.keyLocation().line()
                                + " og i linje " + keyLocation.line() + "; den må kun stå én gang",
                        "the key \"" + key + "\" is written twice, on line " + earlier.keyLocation().line()
                                + " and on line " + keyLocation.line() + "; write it once");
            } else {
                entries.put(key, new Node.Entry(key, keyLocation, value));
            }
        }
        return new Node.MapNode(Collections.unmodifiableMap(entries), where, size);
    }

    private Node list(Where path, SourceLocation where) {
        List<Node> items = new ArrayList<>();
        long size = 1;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            Node item = value(token, new Where(path, null, items.size()));
            size += item.size();
            items.add(item);
        }
        return new Node.ListNode(Collections.unmodifiableList(items), where, size);
    }

    private Node alias(String anchor, Where path, SourceLocation where) {
        Node target = anchors.get(anchor);
        if (target == null) {
            problems.add(PlanProblem.UNKNOWN_ALIAS, path.toString(), where,
                    "aliaset *" + anchor + " henviser ikke til et anker &" + anchor + " tidligere i filen",
                    "the alias *" + anchor + " refers to no anchor &" + anchor + " earlier in the file");
            // stands in for the missing value; the problem above already fails the read
            return new Node.ScalarNode(Node.ScalarType.STRING, "*" + anchor, where);
        }
        aliases++;
        aliasExpansion += target.size();
        if (aliases > maxAliases) {
            problems.add(PlanProblem.TOO_MANY_ALIASES, path.toString(), where,
                    "filen bruger mere end " + maxAliases + " YAML-aliaser (*navn); skriv værdierne ud",
                    "the file uses more than " + maxAliases + " YAML aliases (*name); write the values out");
            throw new Problems.Stop();
        }
        if (aliasExpansion > maxAliasExpansion) {
            problems.add(PlanProblem.TOO_MANY_ALIASES, path.toString(), where,
                    "YAML-aliaserne (*navn) folder sig ud til mere end " + maxAliasExpansion
                            + " elementer; skriv værdierne ud",
                    "the YAML aliases (*name) expand to more than " + maxAliasExpansion
                            + " elements; write the values out");
            throw new Problems.Stop();
        }
        return target.at(where);
    }

    private void checkTag(Event event, Where path, SourceLocation where) {
        Optional<String> tag = Optional.empty();
        if (event instanceof ScalarEvent s) {
            tag = s.getTag();
        } else if (event instanceof CollectionStartEvent c) {
            tag = c.getTag();
        }
        if (tag.isPresent() && !STANDARD_TAGS.contains(tag.get())) {
            String shown = tag.get().startsWith("tag:yaml.org,2002:")
                    ? "!!" + tag.get().substring("tag:yaml.org,2002:".length()) : tag.get();
            problems.add(PlanProblem.TAG_NOT_ALLOWED, path.toString(), where,
                    "YAML-mærket " + shown + " er ikke tilladt; en plan indeholder kun tekst, tal, lister og "
                            + "nøgler med værdier (fjern mærket)",
                    "the YAML tag " + shown + " is not allowed; a plan holds only text, numbers, lists and "
                            + "mappings (remove the tag)");
        }
    }

    /**
     * A plan path, built only when a problem needs it: most documents have none, and a large one has
     * millions of elements.
     */
    private record Where(Where parent, String key, int index) {
        static final Where ROOT = new Where(null, null, -1);

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String head = parent.toString();
            if (key == null) {
                return head + "[" + index + "]";
            }
            return head.isEmpty() ? key : head + "." + key;
        }
    }

    private SourceLocation location() {
        TokenStreamLocation l = parser.currentTokenLocation();
        return new SourceLocation(problems.source(), Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
    }
}
