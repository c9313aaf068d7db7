package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throwaway plugin jars, compiled in the test, loaded through a class loader and a plugin folder: each kind of
 * broken provider is reported with its class and the good ones still load.
 */
class PluginLoadingTest {

    @TempDir
    static Path work;
    static Path plugins;

    static String exporter(String pkg, String name, String id, String constructorBody) {
        return "package " + pkg + ";\n"
                + "public class " + name + " implements dk.samarbejdsplan.export.PlanExporter {\n"
                + "  public " + name + "() { " + constructorBody + " }\n"
                + "  public String id() { return \"" + id + "\"; }\n"
                + "  public String displayName() { return \"" + name + "\"; }\n"
                + "  public String mediaType() { return \"text/plain\"; }\n"
                + "  public String fileExtension() { return \"txt\"; }\n"
                + "  public void export(dk.samarbejdsplan.model.CooperationPlan p,\n"
                + "      dk.samarbejdsplan.export.ExportOptions o, Appendable out) throws java.io.IOException {\n"
                + "    out.append(\"" + name + "\");\n"
                + "  }\n"
                + "}\n";
    }

    @BeforeAll
    static void buildPlugins() throws IOException {
        plugins = Files.createDirectories(work.resolve("plugins"));
        Path build = Files.createDirectories(work.resolve("build"));
        new PluginBuilder()
                .file("good/GammaExporter.java", exporter("good", "GammaExporter", "gamma", ""))
                .services("good.GammaExporter")
                .jar(plugins.resolve("a-good.jar"));
        // the broken jar: every way a provider can fail, and one good exporter after them
        Path brokenClasses = new PluginBuilder()
                .file("broken/Throwing.java", exporter("broken", "Throwing", "throwing",
                        "if (true) throw new IllegalStateException(\"boom in constructor\");"))
                .file("broken/NotAnExporter.java", "package broken; public class NotAnExporter {}")
                .file("broken/NoDefaultConstructor.java",
                        exporter("broken", "NoDefaultConstructor", "nodefault", "")
                                .replace("public NoDefaultConstructor() {", "public NoDefaultConstructor(int x) {"))
                .file("broken/BadId.java", exporter("broken", "BadId", "Bad_ID", ""))
                .file("broken/IdThrows.java", exporter("broken", "IdThrows", "x", "")
                        .replace("return \"x\";", "throw new UnsupportedOperationException(\"id not ready\");"))
                .file("broken/Base.java", "package broken; public abstract class Base "
                        + "implements dk.samarbejdsplan.export.PlanExporter {}")
                .file("broken/MissingDependency.java", exporter("broken", "MissingDependency", "missingdep", "")
                        .replace("implements dk.samarbejdsplan.export.PlanExporter", "extends Base"))
                .file("broken/Delta.java", exporter("broken", "Delta", "delta", ""))
                .services("broken.Missing", "broken.Throwing", "broken.NotAnExporter", "broken.NoDefaultConstructor",
                        "broken.BadId", "broken.IdThrows", "broken.MissingDependency", "broken.Delta")
                .compileTo(build.resolve("broken"), false);
        // the dependency of MissingDependency is not shipped
        Files.delete(brokenClasses.resolve("broken/Base.class"));
        PluginBuilder.pack(brokenClasses, plugins.resolve("b-broken.jar"));
        // two jars with the same id, and one that reuses an id of the class path ("alpha")
        new PluginBuilder()
                .file("one/DupeExporter.java", exporter("one", "DupeExporter", "dupe", ""))
                .services("one.DupeExporter")
                .jar(plugins.resolve("c-one.jar"));
        new PluginBuilder()
                .file("two/DupeExporter.java", exporter("two", "DupeExporter", "dupe", ""))
                .file("two/OtherAlpha.java", exporter("two", "OtherAlpha", "alpha", ""))
                .services("two.DupeExporter", "two.OtherAlpha")
                .jar(plugins.resolve("d-two.jar"));
        Files.writeString(plugins.resolve("notes.txt"), "not a jar");
    }

    @Test
    void everyBrokenProviderIsReportedWithItsClassAndTheOthersLoad() throws IOException {
        ExporterRegistry registry = ExporterRegistry.loadPlugins(plugins);
        check(registry, true);
    }

    @Test
    void anExplicitClassLoaderWorksTheSame() throws IOException {
        List<URL> urls;
        try (var files = Files.list(plugins)) {
            urls = files.filter(p -> p.toString().endsWith(".jar")).sorted().map(PluginLoadingTest::url).toList();
        }
        try (URLClassLoader loader = new URLClassLoader("plugins", urls.toArray(URL[]::new),
                PluginLoadingTest.class.getClassLoader())) {
            check(ExporterRegistry.load(loader), false);
        }
    }

    /**
     * The problems of the plugin folder.
     *
     * @param fromFolder loaded with {@link ExporterRegistry#loadPlugins(Path)}: services entries that fail before
     *        their class is known name the jar listing them, and a plugin never replaces a class path exporter
     */
    private static void check(ExporterRegistry registry, boolean fromFolder) {
        assertEquals(List.of("alpha", "beta-two", "delta", "dupe", "gamma"), registry.ids(), registry.toString());
        String en = registry.problems().stream().map(p -> p.format(Language.EN)).collect(Collectors.joining("\n"));
        String da = registry.problems().stream().map(p -> p.format(Language.DA)).collect(Collectors.joining("\n"));
        Path broken = plugins.resolve("b-broken.jar");
        String listed = fromFolder
                ? " (listed in META-INF/services/dk.samarbejdsplan.export.PlanExporter in " + broken + ")" : "";
        String listedDa = fromFolder
                ? " (nævnt i META-INF/services/dk.samarbejdsplan.export.PlanExporter i " + broken + ")" : "";

        assertTrue(en.contains("EXP-004: The exporter broken.Missing" + listed + " could not be loaded: Provider "
                + "broken.Missing not found"), en);
        assertTrue(da.contains("EXP-004: Eksportøren broken.Missing" + listedDa + " kunne ikke indlæses: Provider "
                + "broken.Missing not found"), da);
        assertTrue(en.contains("EXP-004: The exporter broken.Throwing (from " + broken + ") could not be loaded: "),
                en);
        assertTrue(en.contains("IllegalStateException: boom in constructor. The other exporters are loaded"), en);
        assertTrue(en.contains("EXP-004: The exporter broken.NotAnExporter" + listed + " could not be loaded: "
                + "broken.NotAnExporter not a subtype"), en);
        assertTrue(en.contains("EXP-004: The exporter broken.NoDefaultConstructor" + listed + " could not be "
                + "loaded: "), en);
        assertTrue(en.contains("EXP-005: The exporter broken.BadId (from " + broken + ") has an invalid id 'Bad_ID'"),
                en);
        assertTrue(en.contains("EXP-004: The exporter broken.IdThrows (from " + broken + ") could not be loaded: "
                + "UnsupportedOperationException: id not ready"), en);
        assertTrue(en.contains("NoClassDefFoundError: broken/Base"), en);
        assertTrue(en.contains("EXP-003: Two exporters have the id 'dupe': one.DupeExporter (from "
                + plugins.resolve("c-one.jar") + ") and two.DupeExporter (from " + plugins.resolve("d-two.jar")
                + ")."), en);
        assertTrue(da.contains("EXP-003: To eksportører har id'et 'dupe': one.DupeExporter (fra "
                + plugins.resolve("c-one.jar") + ") og two.DupeExporter (fra " + plugins.resolve("d-two.jar")
                + ")."), da);
        assertTrue(en.contains("The first is used and the second ignored: of exporters with the same "
                + "id, the one whose class name (and then location) comes first alphabetically is used"), en);
        assertTrue(da.contains("Den første bruges, og den anden ignoreres: af eksportører med samme id "
                + "bruges den, hvis klassenavn (og dernæst placering) kommer først alfabetisk"), da);
        assertTrue(en.contains("EXP-003: Two exporters have the id 'alpha': dk.samarbejdsplan.export.fakes."
                + "AlphaExporter (from " + PluginBuilder.location(ExporterRegistryTest.class) + ") and "
                + "two.OtherAlpha (from " + plugins.resolve("d-two.jar") + ")."), en);
        assertEquals(fromFolder, en.contains("The built-in dk.samarbejdsplan.export.fakes.AlphaExporter is used and "
                + "the plugin two.OtherAlpha from " + plugins.resolve("d-two.jar") + " is left out"), en);
        assertEquals("one.DupeExporter", registry.require("dupe").getClass().getName(), "first by class name kept");
        assertEquals("dk.samarbejdsplan.export.fakes.AlphaExporter", registry.require("alpha").getClass().getName());
        List<String> codes = registry.problems().stream().map(ExporterProblem::code).sorted().toList();
        assertEquals(List.of("EXP-003", "EXP-003", "EXP-004", "EXP-004", "EXP-004", "EXP-004", "EXP-004", "EXP-004",
                "EXP-005"), codes, en);
        assertEquals("gamma", registry.describe(registry.require("gamma")).id());
        assertEquals(plugins.resolve("a-good.jar").toString(),
                registry.describe(registry.require("gamma")).location().orElseThrow());
    }

    @Test
    void aMissingPluginFolderIsReportedAndTheBuiltInExportersStillLoad() {
        Path missing = work.resolve("no-such-folder");
        ExporterRegistry registry = ExporterRegistry.loadPlugins(missing);
        assertEquals(List.of("alpha", "beta-two"), registry.ids());
        assertEquals(1, registry.problems().size());
        ExporterProblem p = registry.problems().get(0);
        assertEquals("EXP-006", p.code());
        assertTrue(p.message(Language.EN).startsWith("The plugin folder " + missing + " does not exist or cannot be "
                + "read: NoSuchFileException"), p.message(Language.EN));
        assertTrue(p.message(Language.DA).startsWith("Plugin-mappen " + missing + " findes ikke"),
                p.message(Language.DA));
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
