package dk.samarbejdsplan.export;

import java.util.Objects;

/**
 * One of the outputs of an exporter, for formats that write more than one file.
 *
 * @param id the output's id, lowercase, for example {@code "main"} or {@code "meetings"}
 * @param fileSuffix appended to the base file name before the extension, for example {@code "-moeder"}
 *        gives {@code samarbejdsplan-2007-moeder.csv}; {@code ""} for the main output
 */
public record ExportOutput(String id, String fileSuffix) {

    /** The main (often only) output of an exporter. */
    public static final ExportOutput MAIN = new ExportOutput("main", "");

    /** Checks for {@code null}. */
    public ExportOutput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileSuffix, "fileSuffix");
    }
}
