package dk.samarbejdsplan.publication;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SitePublisher#publish} wrote.
 *
 * @param folder the site's folder
 * @param files every file of the site, as paths relative to the folder with {@code /} ({@code index.html},
 *        {@code 2008/samarbejdsplan-2008.csv}, {@code 2008/aendringer.html}, {@code catalog.jsonld}, …), in the
 *        order written
 */
public record SiteResult(Path folder, List<String> files) {

    /** Checks for {@code null} and copies the list. */
    public SiteResult {
        Objects.requireNonNull(folder, "folder");
        files = List.copyOf(files);
    }
}
