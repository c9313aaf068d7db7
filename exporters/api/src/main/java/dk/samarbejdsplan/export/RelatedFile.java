package dk.samarbejdsplan.export;

import java.util.Objects;

/**
 * Another file of the same publication, which an exporter may link to (the HTML publication lists them as
 * downloads).
 *
 * @param href the relative link, for example {@code samarbejdsplan-2007.csv}
 * @param mediaType the media type, for example {@code text/csv}
 * @param label what to call it, in the publication's language, for example "Regneark (CSV)"
 */
public record RelatedFile(String href, String mediaType, String label) {

    /** Checks for {@code null}. */
    public RelatedFile {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(label, "label");
    }
}
