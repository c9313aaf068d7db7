package dk.samarbejdsplan.export;

import java.util.Objects;

/**
 * An export failed. Every failure of an exporter reaches the caller as this one type, naming the exporter.
 */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String exporterId;

    /**
     * @param exporterId the id of the exporter that failed
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public ExportException(String exporterId, String message, Throwable cause) {
        super(message, cause);
        this.exporterId = Objects.requireNonNull(exporterId, "exporterId");
    }

    /** @return the id of the exporter that failed */
    public String exporterId() {
        return exporterId;
    }
}
