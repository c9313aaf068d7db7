package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.io.PlanProblem;
import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.Arrays;
import java.util.HashMap;
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
 * Reads one document from a Jackson token stream (YAML or JSON) into a {@link Tree} with locations.
 * Reports duplicate keys (naming both lines), explicit YAML tags other than the standard ones, YAML aliases
 * without an anchor, and stops at too many aliases or aliases that expand to too much. Jackson's exceptions
 * (syntax errors, the stream read constraints) pass through to the caller, who translates them.
 *
 * <p>Repeated short texts and keys (a representative, a municipality, every {@code frequency:}) share one
 * {@code String}, through a small cache of fixed size.
 */
public final class TreeReader {
    private static final Set<String> STANDARD_TAGS = Set.of("!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");
    /** Texts up to this length are shared through {@link #strings}. */
    private static final int SHARED_LENGTH = 64;
    /** A mapping with more entries than this finds duplicate keys with a hash map. */
    private static final int LINEAR_KEYS = 16;

    private final JsonParser parser;
    private final PlanYamlFactory.EventParser yaml;
    private final ReadProblems problems;
    private final int maxAliases;
    private final long maxAliasExpansion;
    private final long maxAliasCharacters;
    private final long maxElements;
    private final Tree tree;
    private final String[] strings = new String[4096];
    private long elements;
    private final Map<String, Integer> anchors = new HashMap<>();
    private int aliases;
    private long aliasExpansion;
    private long aliasCharacters;

    /**
     * @param parser a fresh parser
     * @param problems where to report
     * @param maxAliases the most YAML aliases a document may use
     * @param maxAliasExpansion the most nodes the aliases of a document may add in all
     * @param maxAliasCharacters the most characters (texts and keys) the aliases of a document may add in all
     * @param maxElements the most values, lists and mappings a document may hold
     * @param documentLength the document's length in characters, to size the tree
     */
    public TreeReader(JsonParser parser, ReadProblems problems, int maxAliases, long maxAliasExpansion,
            long maxAliasCharacters, long maxElements, int documentLength) {
        this.parser = parser;
        this.yaml = parser instanceof PlanYamlFactory.EventParser p ? p : null;
        this.problems = problems;
        this.maxAliases = maxAliases;
        this.maxAliasExpansion = maxAliasExpansion;
        this.maxAliasCharacters = maxAliasCharacters;
        this.maxElements = maxElements;
        // a plan file has a value for every 25 to 30 characters; guess low so the tree grows at most once or twice
        this.tree = new Tree(problems.source(), documentLength / 40);
    }

    /**
     * Reads the document.
     *
     * @return the tree (its root is value 0), or empty if the document holds nothing
     */
    public Optional<Tree> read() {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return Optional.empty();
        }
        int root = value(first, Where.ROOT, null, 0, 0);
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
            throw new ReadProblems.Stop();
        }
        if (!tree.isMap(root) && !tree.isList(root) && tree.scalarType(root) == Node.ScalarType.NULL) {
            return Optional.empty();
        }
        return Optional.of(tree);
    }

    private int value(JsonToken token, Where path, String key, int keyLine, int keyColumn) {
        TokenStreamLocation l = parser.currentTokenLocation();
        int line = Math.max(l.getLineNr(), 1);
        int column = Math.max(l.getColumnNr(), 1);
        if (++elements > maxElements) {
            problems.add(PlanProblem.DOCUMENT_TOO_LARGE, "", new SourceLocation(problems.source(), line, column),
                    "filen har mere end " + maxElements + " elementer (værdier, lister og nøgler)",
                    "the file holds more than " + maxElements + " elements (values, lists and mappings)");
            throw new ReadProblems.Stop();
        }
        Event event = yaml == null ? null : yaml.currentEvent();
        checkTag(event, path, line, column);
        int node;
        switch (token) {
            case START_OBJECT:
                node = mapping(path, line, column, key, keyLine, keyColumn);
                break;
            case START_ARRAY:
                node = list(path, line, column, key, keyLine, keyColumn);
                break;
            case VALUE_STRING:
                if (yaml != null && yaml.isCurrentAlias()) {
                    return alias(parser.getString(), path, line, column, key, keyLine, keyColumn);
                }
                if (event instanceof ScalarEvent s && s.isPlain() && s.getValue().isEmpty()) {
                    node = tree.addScalar(Node.ScalarType.NULL, "", line, column, key, keyLine, keyColumn);
                } else {
                    node = tree.addScalar(Node.ScalarType.STRING, shared(parser.getString()), line, column, key,
                            keyLine, keyColumn);
                }
                break;
            case VALUE_NUMBER_INT:
                node = tree.addScalar(Node.ScalarType.INTEGER, shared(parser.getString()), line, column, key,
                        keyLine, keyColumn);
                break;
            case VALUE_NUMBER_FLOAT:
                node = tree.addScalar(Node.ScalarType.FLOAT, parser.getString(), line, column, key, keyLine,
                        keyColumn);
                break;
            case VALUE_TRUE:
            case VALUE_FALSE:
                node = tree.addScalar(Node.ScalarType.BOOLEAN, parser.getString(), line, column, key, keyLine,
                        keyColumn);
                break;
            case VALUE_NULL:
            default:
                // VALUE_EMBEDDED_OBJECT (!!binary) is refused as a tag above; anything else is not a value
                node = tree.addScalar(Node.ScalarType.NULL, "", line, column, key, keyLine, keyColumn);
                break;
        }
        if (event instanceof NodeEvent n && n.getAnchor().isPresent()) {
            anchors.put(n.getAnchor().get().getValue(), node);
        }
        return node;
    }

    private int mapping(Where path, int line, int column, String key, int keyLine, int keyColumn) {
        int map = tree.add(Tree.MAP, null, line, column, key, keyLine, keyColumn);
        String[] keys = new String[4];
        int[] children = new int[4];
        int count = 0;
        Map<String, Integer> byKey = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = shared(parser.currentName());
            TokenStreamLocation l = parser.currentTokenLocation();
            int nameLine = Math.max(l.getLineNr(), 1);
            int nameColumn = Math.max(l.getColumnNr(), 1);
            Where keyPath = new Where(path, name, -1);
            if (yaml != null) {
                checkTag(yaml.currentEvent(), keyPath, nameLine, nameColumn);
            }
            int value = value(parser.nextToken(), keyPath, name, nameLine, nameColumn);
            int earlier = -1;
            if (byKey != null) {
                earlier = byKey.getOrDefault(name, -1);
            } else {
                for (int k = 0; k < count; k++) {
                    if (keys[k].equals(name)) {
                        earlier = children[k];
                        break;
                    }
                }
            }
            if (earlier >= 0) {
                tree.markDuplicate(value);
                problems.add(PlanProblem.DUPLICATE_KEY, keyPath.toString(),
                        new SourceLocation(problems.source(), nameLine, nameColumn),
                        "nøglen \"" + name + "\" står to gange, " + twice(tree.keyLine(earlier),
                                tree.keyColumn(earlier), nameLine, nameColumn, Language.DA)
                                + "; den må kun stå én gang",
                        "the key \"" + name + "\" is written twice, " + twice(tree.keyLine(earlier),
                                tree.keyColumn(earlier), nameLine, nameColumn, Language.EN) + "; write it once");
            } else if (byKey != null) {
                byKey.put(name, value);
            } else if (count < LINEAR_KEYS) {
                if (count == keys.length) {
                    keys = Arrays.copyOf(keys, count * 2);
                    children = Arrays.copyOf(children, count * 2);
                }
                keys[count] = name;
                children[count] = value;
                count++;
            } else {
                byKey = new HashMap<>();
                for (int k = 0; k < count; k++) {
                    byKey.put(keys[k], children[k]);
                }
                byKey.put(name, value);
            }
        }
        tree.close(map);
        return map;
    }

    /**
     * Where a key stands twice: "i linje 3 og i linje 4", or, when both are on one line (JSON, YAML flow
     * mappings), "på linje 1, kolonne 2 og kolonne 15".
     */
    static String twice(int firstLine, int firstColumn, int line, int column, Language language) {
        if (firstLine == line && firstColumn > 0 && column > 0) {
            return language == Language.EN
                    ? "on line " + line + ", column " + firstColumn + " and column " + column
                    : "på linje " + line + ", kolonne " + firstColumn + " og kolonne " + column;
        }
        return language == Language.EN
                ? "on line " + firstLine + " and on line " + line
                : "i linje " + firstLine + " og i linje " + line;
    }

    private int list(Where path, int line, int column, String key, int keyLine, int keyColumn) {
        int list = tree.add(Tree.LIST, null, line, column, key, keyLine, keyColumn);
        int[] items = new int[8];
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            int item = value(token, new Where(path, null, count), null, 0, 0);
            if (count == items.length) {
                items = Arrays.copyOf(items, count * 2);
            }
            items[count++] = item;
        }
        tree.closeList(list, items, count);
        return list;
    }

    private int alias(String anchor, Where path, int line, int column, String key, int keyLine, int keyColumn) {
        Integer target = anchors.get(anchor);
        if (target == null) {
            problems.add(PlanProblem.UNKNOWN_ALIAS, path.toString(), new SourceLocation(problems.source(), line,
                    column),
                    "aliaset *" + anchor + " henviser ikke til et anker &" + anchor + " tidligere i filen",
                    "the alias *" + anchor + " refers to no anchor &" + anchor + " earlier in the file");
            // stands in for the missing value; the problem above already fails the read
            return tree.addScalar(Node.ScalarType.STRING, "*" + anchor, line, column, key, keyLine, keyColumn);
        }
        aliases++;
        aliasExpansion += tree.end(target) - target;
        if (aliases > maxAliases) {
            throw tooManyAliases(path, line, column,
                    "filen bruger mere end " + maxAliases + " YAML-aliaser (*navn)",
                    "the file uses more than " + maxAliases + " YAML aliases (*name)");
        }
        if (aliasExpansion > maxAliasExpansion) {
            throw tooManyAliases(path, line, column,
                    "YAML-aliaserne (*navn) folder sig ud til mere end " + maxAliasExpansion + " elementer",
                    "the YAML aliases (*name) expand to more than " + maxAliasExpansion + " elements");
        }
        aliasCharacters += tree.characters(target);
        if (aliasCharacters > maxAliasCharacters) {
            throw tooManyAliases(path, line, column,
                    "YAML-aliaserne (*navn) folder sig ud til mere end " + maxAliasCharacters + " tegn tekst",
                    "the YAML aliases (*name) expand to more than " + maxAliasCharacters + " characters of text");
        }
        return tree.copy(target, line, column, key, keyLine, keyColumn);
    }

    /** Reports that the aliases go over a limit, with what to do, and gives the stop to throw. */
    private ReadProblems.Stop tooManyAliases(Where path, int line, int column, String da, String en) {
        problems.add(PlanProblem.TOO_MANY_ALIASES, path.toString(), new SourceLocation(problems.source(), line,
                column), da + "; skriv værdierne ud", en + "; write the values out");
        return new ReadProblems.Stop();
    }

    /** The same text as an earlier one, if it is short and was seen recently; else the text itself. */
    private String shared(String text) {
        if (text == null || text.length() > SHARED_LENGTH) {
            return text;
        }
        int slot = text.hashCode() & (strings.length - 1);
        String known = strings[slot];
        if (text.equals(known)) {
            return known;
        }
        strings[slot] = text;
        return text;
    }

    private void checkTag(Event event, Where path, int line, int column) {
        Optional<String> tag = Optional.empty();
        if (event instanceof ScalarEvent s) {
            tag = s.getTag();
        } else if (event instanceof CollectionStartEvent c) {
            tag = c.getTag();
        }
        if (tag.isPresent() && !STANDARD_TAGS.contains(tag.get())) {
            String shown = tag.get().startsWith("tag:yaml.org,2002:")
                    ? "!!" + tag.get().substring("tag:yaml.org,2002:".length()) : tag.get();
            problems.add(PlanProblem.TAG_NOT_ALLOWED, path.toString(), new SourceLocation(problems.source(), line,
                    column),
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
