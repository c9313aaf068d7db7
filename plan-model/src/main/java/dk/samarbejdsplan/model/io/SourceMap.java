package dk.samarbejdsplan.model.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The file locations of the elements of a plan read from a file, by plan path.
 *
 * <p>A plan path names an element the way Jakarta Bean Validation does, with record component names and
 * 0-based indexes: {@code categories[3].forums[2].frequency}. Validation findings use the same paths, so a
 * finding on a plan read from a file can say on which line the element was written.
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(Map.of());

    private final Map<String, SourceLocation> locations;

    private SourceMap(Map<String, SourceLocation> locations) {
        this.locations = locations;
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
     * A map that takes over the given map without copying it; for the reader, which builds a large map once.
     *
     * @param locations locations by plan path, not changed afterwards by the caller
     * @return the map (an unmodifiable view)
     */
    static SourceMap adopt(Map<String, SourceLocation> locations) {
        return new SourceMap(Collections.unmodifiableMap(locations));
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
            SourceLocation location = locations.get(current);
            if (location != null) {
                return Optional.of(location);
            }
            if (current.isEmpty()) {
                return Optional.empty();
            }
            current = parent(current);
        }
    }

    /** @return every recorded location, by plan path, in document order */
    public Map<String, SourceLocation> locations() {
        return locations;
    }

    /** The enclosing path: {@code a.b[2]} → {@code a.b} → {@code a} → {@code ""}. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
