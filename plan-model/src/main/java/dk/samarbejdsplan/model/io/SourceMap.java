package dk.samarbejdsplan.model.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The file locations of the elements of a plan read from a file, by plan path.
 *
 * <p>A plan path names an element the way Jakarta Bean Validation does, with record component names and
 * 0-based indexes: {@code categories[3].forums[2].frequency}. Validation findings use the same paths, so a
 * finding on a plan read from a file can say on which line the element was written.
 *
 * <p>Immutable and thread-safe. A map made by {@link PlanReader} looks locations up in the document when
 * asked, so reading a large plan does not pay for a location table nobody reads.
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(Map.of());

    /** Looks up one path exactly (no fallback), or {@code null} when the map is a plain table. */
    private final Function<String, Optional<SourceLocation>> lookup;
    private final Supplier<Map<String, SourceLocation>> table;
    private volatile Map<String, SourceLocation> locations;

    private SourceMap(Map<String, SourceLocation> locations) {
        this.lookup = null;
        this.table = null;
        this.locations = locations;
    }

    private SourceMap(Function<String, Optional<SourceLocation>> lookup, Supplier<Map<String, SourceLocation>> table) {
        this.lookup = lookup;
        this.table = table;
    }

    /** @return a map with no locations, for a plan built in code */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * A map of the given locations.
     *
     * @param locations locations by plan path ({@code ""} for the document itself)
     * @return the map (an unmodifiable copy)
     */
    public static SourceMap of(Map<String, SourceLocation> locations) {
        return new SourceMap(Collections.unmodifiableMap(new LinkedHashMap<>(locations)));
    }

    /**
     * A map that finds locations when asked.
     *
     * @param lookup the location of exactly one path, if it was written
     * @param table every location by path, in document order (called at most once, on first use of
     *        {@link #locations()})
     * @return the map
     */
    static SourceMap lazy(Function<String, Optional<SourceLocation>> lookup,
            Supplier<Map<String, SourceLocation>> table) {
        return new SourceMap(Objects.requireNonNull(lookup, "lookup"), Objects.requireNonNull(table, "table"));
    }

    /**
     * Where an element was written. If the element itself has no location (for example a value that was
     * left out, or a part of a value), the location of the nearest enclosing element is given.
     *
     * @param path a plan path, for example {@code categories[3].forums[2].frequency}
     * @return the location, if the plan was read from a file
     */
    public Optional<SourceLocation> locationOf(String path) {
        Objects.requireNonNull(path, "path");
        String current = path;
        while (true) {
            Optional<SourceLocation> location = exactly(current);
            if (location.isPresent()) {
                return location;
            }
            if (current.isEmpty()) {
                return Optional.empty();
            }
            current = parent(current);
        }
    }

    private Optional<SourceLocation> exactly(String path) {
        if (lookup != null && locations == null) {
            return lookup.apply(path);
        }
        return Optional.ofNullable(locations().get(path));
    }

    /** @return every recorded location, by plan path, in document order */
    public Map<String, SourceLocation> locations() {
        Map<String, SourceLocation> result = locations;
        if (result == null) {
            synchronized (this) {
                result = locations;
                if (result == null) {
                    result = Collections.unmodifiableMap(new LinkedHashMap<>(table.get()));
                    locations = result;
                }
            }
        }
        return result;
    }

    /** The enclosing path: {@code a.b[2]} → {@code a.b} → {@code a} → {@code ""}. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
