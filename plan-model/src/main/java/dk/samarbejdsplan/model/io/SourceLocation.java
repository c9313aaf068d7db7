package dk.samarbejdsplan.model.io;

import java.util.Objects;

/**
 * Where in a plan file an element was written.
 *
 * @param source the file name (or another name the caller gave the source)
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(String source, int line, int column) {

    /** Checks for {@code null}. */
    public SourceLocation {
        Objects.requireNonNull(source, "source");
    }

    /** @return {@code file:line:column}, the form editors and terminals link to */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
