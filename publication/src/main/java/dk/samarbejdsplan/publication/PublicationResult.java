package dk.samarbejdsplan.publication;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A publication that was written.
 *
 * @param folder the folder it is in, as the operating system resolves it (absolute)
 * @param files its files, in the order they were written ({@code index.html} last)
 */
public record PublicationResult(Path folder, List<PublishedFile> files) {

    /** @throws NullPointerException if an argument is null */
    public PublicationResult {
        Objects.requireNonNull(folder, "folder");
        files = List.copyOf(files);
    }
}
