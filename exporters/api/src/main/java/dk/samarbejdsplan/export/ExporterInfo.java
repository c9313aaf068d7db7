package dk.samarbejdsplan.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code formats} command shows about one exporter: its metadata and where it came from.
 *
 * @param id the exporter's id
 * @param displayName its name for people
 * @param mediaType its media type
 * @param fileExtension its file extension, without the dot
 * @param version its version, or {@code "unknown"}
 * @param outputs its outputs, the main one first
 * @param providerClass the fully qualified name of its class
 * @param module the name of the named module it is in, if it is in one
 * @param location the jar file or class folder it was loaded from, if known
 */
public record ExporterInfo(
        String id,
        String displayName,
        String mediaType,
        String fileExtension,
        String version,
        List<ExportOutput> outputs,
        String providerClass,
        Optional<String> module,
        Optional<String> location) {

    /** Checks for {@code null} and copies the list. */
    public ExporterInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileExtension, "fileExtension");
        Objects.requireNonNull(version, "version");
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(providerClass, "providerClass");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Where the exporter came from, for messages: {@code "module dk.x (/path/x.jar)"}, {@code "/path/x.jar"},
     * or the class name when nothing else is known.
     *
     * @return the source
     */
    public String source() {
        if (module.isPresent() && location.isPresent()) {
            return "module " + module.get() + " (" + location.get() + ")";
        }
        return module.map(m -> "module " + m).or(() -> location).orElse(providerClass);
    }
}
