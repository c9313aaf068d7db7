package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code formats} command shows about one exporter: its metadata, as its methods returned it once when it
 * was loaded, and where it came from.
 *
 * @param id the exporter's id
 * @param displayName its name for people ({@link PlanExporter#displayName()})
 * @param displayNames its name in each language ({@link PlanExporter#displayName(Language)}), for every language
 * @param mediaType its media type
 * @param fileExtension its file extension, without the dot
 * @param version its version, or {@code "unknown"}
 * @param outputs its outputs, the main one first
 * @param parameters the string parameters it reads ({@link PlanExporter#parameters()})
 * @param providerClass the fully qualified name of its class
 * @param module the name of the named module it is in, if it is in one
 * @param location the jar file or class folder it was loaded from, if known
 */
public record ExporterInfo(
        String id,
        String displayName,
        Map<Language, String> displayNames,
        String mediaType,
        String fileExtension,
        String version,
        List<ExportOutput> outputs,
        List<ExporterParameter> parameters,
        String providerClass,
        Optional<String> module,
        Optional<String> location) {

    /** Checks for {@code null} and missing languages, and copies the collections. */
    public ExporterInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        displayNames = Map.copyOf(new EnumMap<>(displayNames));
        for (Language language : Language.values()) {
            Objects.requireNonNull(displayNames.get(language), () -> "displayNames has no " + language);
        }
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileExtension, "fileExtension");
        Objects.requireNonNull(version, "version");
        outputs = List.copyOf(outputs);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(providerClass, "providerClass");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(location, "location");
    }

    /**
     * The exporter's name in a language.
     *
     * @param language the language
     * @return the name, as {@link PlanExporter#displayName(Language)} returned it
     */
    public String displayName(Language language) {
        return displayNames.get(language);
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
