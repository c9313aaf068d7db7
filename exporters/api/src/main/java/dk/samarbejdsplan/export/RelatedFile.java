package dk.samarbejdsplan.export;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Another file of the same publication, which an exporter may link (the HTML page's list of downloads), given
 * through {@link ExportOptions#relatedFiles()}.
 *
 * @param href the file's address relative to the exported document, for example
 *        {@code samarbejdsplan-2007.csv}; written as given (escaped for the format)
 * @param mediaType its media type, for example {@code text/csv}
 * @param label a name for people, in the publication's language
 * @param byteSize the file's size in bytes, when known
 * @param note one line for people about how to open it (for example which separator a CSV file uses), in the
 *        publication's language, when there is one ({@link PlanExporter#note})
 */
public record RelatedFile(String href, String mediaType, String label, OptionalLong byteSize, Optional<String> note) {

    /**
     * @throws NullPointerException if an argument is null
     */
    public RelatedFile {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(byteSize, "byteSize");
        Objects.requireNonNull(note, "note");
    }

    /**
     * A related file of unknown size with no note.
     *
     * @param href its address relative to the exported document
     * @param mediaType its media type
     * @param label a name for people
     */
    public RelatedFile(String href, String mediaType, String label) {
        this(href, mediaType, label, OptionalLong.empty(), Optional.empty());
    }
}
