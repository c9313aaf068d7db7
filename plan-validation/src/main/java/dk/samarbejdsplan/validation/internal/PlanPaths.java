package dk.samarbejdsplan.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plan paths: the names of elements of a plan, written like Bean Validation property paths with record
 * component names and 0-based indexes, for example {@code categories[3].forums[2].frequency}. The same paths
 * key a {@link dk.samarbejdsplan.model.io.SourceMap}.
 */
public final class PlanPaths {

    /**
     * One step of a path: a component name and, for a list element, its index.
     *
     * @param name the record component name
     * @param index the list index, or -1 when the step is not a list element
     */
    public record Segment(String name, int index) {
        /** @return whether this step picks an element of a list */
        public boolean indexed() {
            return index >= 0;
        }
    }

    private PlanPaths() {
    }

    /** @param c category index @return {@code categories[c]} */
    public static String category(int c) {
        return "categories[" + c + "]";
    }

    /** @param c category index @param f forum index @return {@code categories[c].forums[f]} */
    public static String forum(int c, int f) {
        return category(c) + ".forums[" + f + "]";
    }

    /**
     * @param c category index
     * @param f forum index
     * @param u local unit index
     * @return {@code categories[c].forums[f].localUnits[u]}
     */
    public static String localUnit(int c, int f, int u) {
        return forum(c, f) + ".localUnits[" + u + "]";
    }

    /**
     * The plan path of a constraint violation. Container element nodes ({@code <list element>},
     * {@code <optional value>}) and bean nodes contribute only their index, so a violation on an element of
     * {@code representatives} gives {@code ...representatives[1]}.
     *
     * @param path the Bean Validation path
     * @return the plan path
     */
    public static String of(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null) {
                    out.append('[').append(key).append(']');
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }

    /**
     * Splits a path into its steps.
     *
     * @param path a plan path such as {@code categories[3].forums[2].frequency}
     * @return the steps; empty for {@code ""}
     */
    public static List<Segment> parse(String path) {
        List<Segment> segments = new ArrayList<>();
        if (path.isEmpty()) {
            return segments;
        }
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                segments.add(new Segment(part, -1));
            } else {
                String name = part.substring(0, bracket);
                String rest = part.substring(bracket);
                // a name may carry several indexes in theory ("a[1][2]"); keep each as its own step
                boolean first = true;
                for (String idx : rest.split("\\]")) {
                    if (idx.isEmpty()) {
                        continue;
                    }
                    int index = parseIndex(idx.substring(1));
                    segments.add(new Segment(first ? name : "", index));
                    first = false;
                }
            }
        }
        return segments;
    }

    private static int parseIndex(String digits) {
        try {
            return Integer.parseInt(digits.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
