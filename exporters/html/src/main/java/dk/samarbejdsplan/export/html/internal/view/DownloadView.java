package dk.samarbejdsplan.export.html.internal.view;

/**
 * Another file of the publication, to download.
 *
 * @param href the link, made safe for an {@code href} attribute
 * @param label what to call it
 * @param mediaType its media type, as given
 * @param typeAttribute the media type when it is a valid one for the {@code type} attribute, else {@code ""}
 * @param size its size for people ("12 kB", "1,2 MB"), or {@code ""} when not known
 * @param note one line about how to open it (which separator a CSV file uses), or {@code ""}
 */
public record DownloadView(String href, String label, String mediaType, String typeAttribute, String size,
        String note) {
}
