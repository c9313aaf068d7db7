package dk.samarbejdsplan.export.internal;

import dk.samarbejdsplan.export.ExporterInfo;
import dk.samarbejdsplan.export.ExporterProblem;
import dk.samarbejdsplan.export.PlanExporter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The texts of every {@link ExporterProblem} of the registry, in Danish and English, in one place. */
public final class ExporterProblemTexts {

    /** The artifacts of our own exporters, for "which jar to add". */
    public static final String OUR_JARS = "exporter-html, exporter-csv, exporter-jsonld, exporter-text";

    private ExporterProblemTexts() {
    }

    public static ExporterProblem noExporters(String whereDa, String whereEn) {
        return new ExporterProblem(ExporterProblem.Kind.NO_EXPORTERS,
                "Ingen eksportører fundet (søgt i " + whereDa + "). Tilføj mindst én eksportør-jar: " + OUR_JARS
                        + " (gruppe dk.samarbejdsplan), eller en tredjeparts eksportør. En eksportør i et navngivet "
                        + "modul skal erklære 'provides dk.samarbejdsplan.export.PlanExporter with ...' i sin "
                        + "module-info.java; på class path skal den have filen "
                        + "META-INF/services/dk.samarbejdsplan.export.PlanExporter.",
                "No exporters found (searched " + whereEn + "). Add at least one exporter jar: " + OUR_JARS
                        + " (group dk.samarbejdsplan), or a third-party exporter. An exporter in a named module "
                        + "must declare 'provides dk.samarbejdsplan.export.PlanExporter with ...' in its "
                        + "module-info.java; on the class path it needs the file "
                        + "META-INF/services/dk.samarbejdsplan.export.PlanExporter.",
                Optional.empty(), List.of(), null);
    }

    public static ExporterProblem unknownId(String id, List<String> available, Optional<String> suggestion) {
        String list = String.join(", ", available);
        String da = "Ukendt eksportør '" + id + "'.";
        String en = "Unknown exporter '" + id + "'.";
        if (suggestion.isPresent()) {
            da += " Mente du '" + suggestion.get() + "'?";
            en += " Did you mean '" + suggestion.get() + "'?";
        }
        if (available.isEmpty()) {
            da += " Der er ingen eksportører; tilføj en eksportør-jar: " + OUR_JARS + ".";
            en += " There are no exporters; add an exporter jar: " + OUR_JARS + ".";
        } else {
            da += " Tilgængelige: " + list + ".";
            en += " Available: " + list + ".";
        }
        return new ExporterProblem(ExporterProblem.Kind.UNKNOWN_ID, da, en, Optional.of(id), List.of(), null);
    }

    /**
     * Two exporters with the same id, of equal standing (two plugins, or two built-in ones): the first by class
     * name, then location, is used.
     */
    public static ExporterProblem duplicateId(String id, ExporterInfo kept, ExporterInfo ignored) {
        return new ExporterProblem(ExporterProblem.Kind.DUPLICATE_ID,
                "To eksportører har id'et '" + id + "': " + kept.providerClass() + " (fra " + kept.source()
                        + ") og " + ignored.providerClass() + " (fra " + ignored.source() + "). Den første bruges, "
                        + "og den anden ignoreres: af eksportører med samme id bruges den, hvis klassenavn (og "
                        + "dernæst placering) kommer først alfabetisk, så valget ikke afhænger af den rækkefølge, "
                        + "jar-filerne findes i. Fjern den ene jar, eller giv den ene eksportør et andet id.",
                "Two exporters have the id '" + id + "': " + kept.providerClass() + " (from " + kept.source()
                        + ") and " + ignored.providerClass() + " (from " + ignored.source() + "). The first is used "
                        + "and the second ignored: of exporters with the same id, the one whose class name (and then "
                        + "location) comes first alphabetically is used, so the choice does not depend on the order "
                        + "in which the jars are found. Remove one of the jars, or give one exporter another id.",
                Optional.of(id), List.of(kept.providerClass(), ignored.providerClass()), null);
    }

    /** A plugin with the id of a built-in exporter: the built-in one is used, the plugin left out. */
    public static ExporterProblem pluginShadowsBuiltIn(String id, ExporterInfo builtIn, ExporterInfo plugin) {
        String jar = plugin.location().orElse(plugin.source());
        return new ExporterProblem(ExporterProblem.Kind.DUPLICATE_ID,
                "To eksportører har id'et '" + id + "': " + builtIn.providerClass() + " (fra " + builtIn.source()
                        + ") og " + plugin.providerClass() + " (fra " + plugin.source() + "). Den indbyggede "
                        + builtIn.providerClass() + " bruges, og pluginnet " + plugin.providerClass() + " fra " + jar
                        + " er udeladt: et plugin kan tilføje formater, men ikke erstatte en eksportør fra class path "
                        + "eller module path. Fjern " + jar + " fra plugin-mappen, eller giv pluginnets eksportør "
                        + "et andet id.",
                "Two exporters have the id '" + id + "': " + builtIn.providerClass() + " (from " + builtIn.source()
                        + ") and " + plugin.providerClass() + " (from " + plugin.source() + "). The built-in "
                        + builtIn.providerClass() + " is used and the plugin " + plugin.providerClass() + " from " + jar
                        + " is left out: a plugin can add formats but not replace an exporter of the class path or "
                        + "the module path. Remove " + jar + " from the plugin folder, or give the plugin's exporter "
                        + "another id.",
                Optional.of(id), List.of(builtIn.providerClass(), plugin.providerClass()), null);
    }

    public static ExporterProblem providerFailed(Optional<String> providerName, Optional<String> source,
            Throwable cause) {
        String from = source.map(s -> " (fra " + s + ")").orElse("");
        String fromEn = source.map(s -> " (from " + s + ")").orElse("");
        String who = providerName.map(n -> "Eksportøren " + n).orElse("En eksportør");
        String whoEn = providerName.map(n -> "The exporter " + n).orElse("An exporter");
        String why = describe(cause);
        return new ExporterProblem(ExporterProblem.Kind.PROVIDER_FAILED,
                who + from + " kunne ikke indlæses: " + why
                        + ". De øvrige eksportører er indlæst; ret eller fjern dette plugin.",
                whoEn + fromEn + " could not be loaded: " + why
                        + ". The other exporters are loaded; fix or remove this plugin.",
                Optional.empty(), providerName.map(List::of).orElse(List.of()), cause);
    }

    /**
     * A services entry of a plugin folder that failed before its class was known (missing class, not a subtype,
     * no public constructor): names the jars whose services file lists it.
     */
    public static ExporterProblem providerFailedListedIn(String providerName, List<String> jars, Throwable cause) {
        String services = "META-INF/services/" + PlanExporter.class.getName();
        String why = describe(cause);
        boolean one = jars.size() == 1;
        return new ExporterProblem(ExporterProblem.Kind.PROVIDER_FAILED,
                "Eksportøren " + providerName + " (nævnt i " + services + " i " + join(jars, " og ")
                        + ") kunne ikke indlæses: " + why + ". De øvrige eksportører er indlæst; ret "
                        + (one ? "linjen" : "linjerne") + ", eller fjern " + join(jars, " og ")
                        + " fra plugin-mappen.",
                "The exporter " + providerName + " (listed in " + services + " in " + join(jars, " and ")
                        + ") could not be loaded: " + why + ". The other exporters are loaded; fix "
                        + (one ? "that entry" : "those entries") + " or remove " + join(jars, " and ")
                        + " from the plugin folder.",
                Optional.empty(), List.of(providerName), cause);
    }

    /** "a", "a and b", "a, b and c". */
    private static String join(List<String> items, String and) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    public static ExporterProblem invalidId(String id, ExporterInfo info) {
        return new ExporterProblem(ExporterProblem.Kind.INVALID_ID,
                "Eksportøren " + info.providerClass() + " (fra " + info.source() + ") har et ugyldigt id '" + id
                        + "': et id består af små bogstaver a-z, cifre og enkelte bindestreger imellem, for eksempel "
                        + "'html' eller 'csv-excel'. Den er ikke indlæst.",
                "The exporter " + info.providerClass() + " (from " + info.source() + ") has an invalid id '" + id
                        + "': an id is lowercase letters a-z and digits with single hyphens between, for example "
                        + "'html' or 'csv-excel'. It is not loaded.",
                Optional.of(id), List.of(info.providerClass()), null);
    }

    public static ExporterProblem pluginFolder(String folder, Throwable cause) {
        String why = cause == null ? "" : ": " + describe(cause);
        return new ExporterProblem(ExporterProblem.Kind.PLUGIN_FOLDER,
                "Plugin-mappen " + folder + " findes ikke eller kan ikke læses" + why
                        + ". Kun de indbyggede eksportører er indlæst.",
                "The plugin folder " + folder + " does not exist or cannot be read" + why
                        + ". Only the built-in exporters are loaded.",
                Optional.empty(), List.of(), cause);
    }

    public static ExporterProblem exportFailed(String id, String providerClass, Throwable cause) {
        String why = describe(cause);
        return new ExporterProblem(ExporterProblem.Kind.EXPORT_FAILED,
                "Eksportøren '" + id + "' (" + providerClass + ") fejlede: " + why + ".",
                "The exporter '" + id + "' (" + providerClass + ") failed: " + why + ".",
                Optional.of(id), List.of(providerClass), cause);
    }

    public static ExporterProblem unknownOutput(String id, String output, List<String> outputs) {
        String list = String.join(", ", outputs);
        return new ExporterProblem(ExporterProblem.Kind.UNKNOWN_OUTPUT,
                "Eksportøren '" + id + "' har ikke outputtet '" + output + "'. Dens outputs: " + list + ".",
                "The exporter '" + id + "' has no output '" + output + "'. Its outputs: " + list + ".",
                Optional.of(id), List.of(), null);
    }

    /**
     * A short description of a failure: the innermost cause that says something, as
     * {@code SimpleClassName: message}.
     */
    public static String describe(Throwable t) {
        if (t == null) {
            return "?";
        }
        StringBuilder sb = new StringBuilder();
        Throwable shown = t;
        if (t instanceof java.util.ServiceConfigurationError) {
            // "dk...PlanExporter: Provider x could not be instantiated", then the real reason if there is one
            sb.append(shortServiceMessage(t.getMessage()));
            if (t.getCause() == null) {
                return sb.toString();
            }
            sb.append(" – ");
            shown = t.getCause();
        }
        // skip wrappers that say nothing of their own
        while (shown.getCause() != null && shown.getCause() != shown
                && (shown instanceof java.lang.reflect.InvocationTargetException
                        || shown instanceof java.lang.reflect.UndeclaredThrowableException
                        || shown.getMessage() == null || shown.getMessage().isBlank())) {
            shown = shown.getCause();
        }
        sb.append(shown.getClass().getSimpleName());
        if (shown.getMessage() != null && !shown.getMessage().isBlank()) {
            sb.append(": ").append(shown.getMessage().strip());
        }
        return sb.toString();
    }

    private static String shortServiceMessage(String message) {
        if (message == null) {
            return "";
        }
        String prefix = PlanExporter.class.getName() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** A {@code *.jar} of the plugin folder that is not read: not a regular file, or not a readable jar. */
    public static ExporterProblem badPluginFile(Path file, boolean regular, Throwable cause) {
        String why = cause == null ? "" : " (" + describe(cause) + ")";
        return new ExporterProblem(ExporterProblem.Kind.BAD_PLUGIN_FILE,
                "Filen " + file + " i plugin-mappen er " + (regular ? "ikke en læsbar jar-fil" + why
                        : "ikke en almindelig fil (men en mappe, en FIFO, en enhed eller et brudt link)")
                        + " og er sprunget over. Erstat den med pluginnets jar-fil, eller fjern den.",
                "The file " + file + " in the plugin folder is " + (regular ? "not a readable jar file" + why
                        : "not a regular file (but a folder, a FIFO, a device or a broken link)")
                        + " and was skipped. Replace it with the plugin's jar file, or remove it.",
                Optional.empty(), List.of(), cause);
    }

    /** A provider whose instantiation or metadata did not finish within the time limit. */
    public static ExporterProblem timedOut(String providerClass, String source, Duration limit) {
        String seconds = limit.toMillis() % 1000 == 0 ? String.valueOf(limit.toSeconds())
                : String.valueOf(limit.toMillis() / 1000.0);
        return new ExporterProblem(ExporterProblem.Kind.PROVIDER_FAILED,
                "Eksportøren " + providerClass + " (fra " + source + ") blev ikke færdig med at starte inden for "
                        + seconds.replace('.', ',') + " sekunder og er udeladt. De øvrige eksportører er indlæst; ret eller fjern "
                        + "dette plugin.",
                "The exporter " + providerClass + " (from " + source + ") did not finish starting within "
                        + seconds + " seconds and is left out. The other exporters are loaded; fix or remove this "
                        + "plugin.",
                Optional.empty(), List.of(providerClass), null);
    }

    /** An exporter whose metadata methods returned something unusable. */
    public static ExporterProblem badMetadata(Optional<String> id, String providerClass, String source, String what) {
        return new ExporterProblem(ExporterProblem.Kind.PROVIDER_FAILED,
                "Eksportøren " + providerClass + " (fra " + source + ") kunne ikke indlæses: " + what
                        + ". De øvrige eksportører er indlæst; ret eller fjern dette plugin.",
                "The exporter " + providerClass + " (from " + source + ") could not be loaded: " + what
                        + ". The other exporters are loaded; fix or remove this plugin.",
                id, List.of(providerClass), null);
    }
}
