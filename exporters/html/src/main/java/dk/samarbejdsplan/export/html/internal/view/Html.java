package dk.samarbejdsplan.export.html.internal.view;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.Renderable;

/**
 * Markup the exporter writes itself, such as the rows of a category's table, with every piece of plan text in
 * it escaped exactly once. The templates' escaping handler lets a value of this type through as it is (it is
 * already escaped); every other value is escaped on insertion. Velocity inserts it by letting it write
 * straight to the page ({@link Renderable}), so that no intermediate {@code String} is built.
 *
 * <p>A template cannot make one: Velocity calls no constructors, and the class has no factory method.
 * Immutable if its writing is; one render reads it once.
 */
public final class Html implements Renderable {

    /** Writes markup. */
    @FunctionalInterface
    public interface Writing {
        /**
         * Writes the markup.
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    private final Writing writing;

    /**
     * Markup written by {@code writing} when inserted; every piece of plan text it writes must be escaped.
     *
     * @param writing writes the markup
     */
    public Html(Writing writing) {
        this.writing = Objects.requireNonNull(writing, "writing");
    }

    /**
     * Writes the markup to the page.
     *
     * @param context the template's context (not used)
     * @param writer the page
     * @return {@code true}
     * @throws IOException if writing fails
     */
    @Override
    public boolean render(InternalContextAdapter context, Writer writer) throws IOException {
        writing.writeTo(writer);
        return true;
    }

    /**
     * The markup as text (for a template that uses it in a string).
     *
     * @return the markup
     */
    @Override
    public String toString() {
        StringWriter out = new StringWriter();
        try {
            writing.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
