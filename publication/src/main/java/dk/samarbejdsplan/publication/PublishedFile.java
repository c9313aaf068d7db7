package dk.samarbejdsplan.publication;

import java.util.Objects;

/**
 * One file of a publication.
 *
 * @param name the file name, for example {@code samarbejdsplan-2007.csv} (from the plan's year and the exporter's
 *        output suffix and extension only)
 * @param exporterId the exporter that wrote it
 * @param outputId the exporter's output, for example {@code main} or {@code meetings}
 * @param mediaType its media type
 * @param byteSize its size in bytes
 */
public record PublishedFile(String name, String exporterId, String outputId, String mediaType, long byteSize) {

    /** @throws NullPointerException if an argument is null */
    public PublishedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(exporterId, "exporterId");
        Objects.requireNonNull(outputId, "outputId");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
