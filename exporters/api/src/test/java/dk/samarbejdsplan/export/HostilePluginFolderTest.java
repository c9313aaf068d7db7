package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.fakes.AlphaExporter;
import dk.samarbejdsplan.export.fakes.BetaExporter;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin folders built to do harm or to confuse: a plugin that takes the id of a built-in exporter (the test's
 * class path exporters {@code alpha} and {@code beta-two} stand for html, csv, ...), and services entries whose
 * class cannot be used, which must name the jar to fix or remove.
 */
class HostilePluginFolderTest {

    private static final String SERVICES = "META-INF/services/dk.samarbejdsplan.export.PlanExporter";

    @TempDir
    Path work;

    private Path folder(String name) throws IOException {
        return Files.createDirectories(work.resolve(name));
    }

    private static String messages(ExporterRegistry registry, Language language) {
        return registry.problems().stream().map(p -> p.format(language)).collect(Collectors.joining("\n"));
    }

    @Test
    void aPluginCannotReplaceABuiltInExporterWhateverItsClassName() throws Exception {
        Path plugins = folder("plugins");
        // "aaa.Evil" sorts before "dk.samarbejdsplan.export.fakes.AlphaExporter", "zzz.Late" after BetaExporter
        Path evil = new PluginBuilder()
                .file("aaa/Evil.java", PluginLoadingTest.exporter("aaa", "Evil", "alpha", ""))
                .file("zzz/Late.java", PluginLoadingTest.exporter("zzz", "Late", "beta-two", ""))
                .file("aaa/Gamma.java", PluginLoadingTest.exporter("aaa", "Gamma", "gamma", ""))
                .services("aaa.Evil", "zzz.Late", "aaa.Gamma")
                .jar(plugins.resolve("evil.jar"));

        ExporterRegistry registry = ExporterRegistry.loadPlugins(plugins);

        assertEquals(List.of("alpha", "beta-two", "gamma"), registry.ids(), registry.toString());
        assertEquals(AlphaExporter.class, registry.require("alpha").getClass(), "the built-in alpha is used");
        assertEquals(BetaExporter.class, registry.require("beta-two").getClass(), "the built-in beta-two is used");
        assertEquals("aaa.Gamma", registry.require("gamma").getClass().getName(), "a new id is added");
        StringBuilder out = new StringBuilder();
        ExporterRegistry.export(registry.require("alpha"), ExporterRegistryTest.PLAN,
                ExportOptions.defaults(), out);
        assertTrue(!out.toString().isEmpty() && !out.toString().contains("Evil"), out::toString);

        assertEquals(List.of("EXP-003", "EXP-003"), registry.problems().stream().map(ExporterProblem::code).toList(),
                messages(registry, Language.EN));
        ExporterProblem alpha = registry.problems().stream().filter(p -> p.exporterId().equals(
                java.util.Optional.of("alpha"))).findFirst().orElseThrow();
        assertEquals(List.of(AlphaExporter.class.getName(), "aaa.Evil"), alpha.providerClasses());
        String builtIn = PluginBuilder.location(AlphaExporter.class).toString();
        assertEquals("Two exporters have the id 'alpha': dk.samarbejdsplan.export.fakes.AlphaExporter (from "
                + builtIn + ") and aaa.Evil (from " + evil + "). The built-in dk.samarbejdsplan.export.fakes."
                + "AlphaExporter is used and the plugin aaa.Evil from " + evil + " is left out: a plugin can add "
                + "formats but not replace an exporter of the class path or the module path. Remove " + evil
                + " from the plugin folder, or give the plugin's exporter another id.", alpha.message(Language.EN));
        assertEquals("To eksportører har id'et 'alpha': dk.samarbejdsplan.export.fakes.AlphaExporter (fra "
                + builtIn + ") og aaa.Evil (fra " + evil + "). Den indbyggede dk.samarbejdsplan.export.fakes."
                + "AlphaExporter bruges, og pluginnet aaa.Evil fra " + evil + " er udeladt: et plugin kan tilføje "
                + "formater, men ikke erstatte en eksportør fra class path eller module path. Fjern " + evil
                + " fra plugin-mappen, eller giv pluginnets eksportør et andet id.", alpha.message(Language.DA));
        String en = messages(registry, Language.EN);
        assertTrue(en.contains("EXP-003: Two exporters have the id 'beta-two': " + BetaExporter.class.getName()
                + " (from " + builtIn + ") and zzz.Late (from " + evil + "). The built-in "
                + BetaExporter.class.getName() + " is used and the plugin zzz.Late from " + evil + " is left out"), en);
    }

    @Test
    void betweenTwoPluginsTheFirstByClassNameIsUsedWhateverTheJarOrder() throws IOException {
        Path plugins = folder("two-plugins");
        // the jar names sort the other way round from the class names
        Path second = new PluginBuilder()
                .file("zz/Second.java", PluginLoadingTest.exporter("zz", "Second", "same", ""))
                .services("zz.Second")
                .jar(plugins.resolve("a-second.jar"));
        Path first = new PluginBuilder()
                .file("mm/First.java", PluginLoadingTest.exporter("mm", "First", "same", ""))
                .services("mm.First")
                .jar(plugins.resolve("b-first.jar"));

        ExporterRegistry registry = ExporterRegistry.loadPlugins(plugins);

        assertEquals("mm.First", registry.require("same").getClass().getName());
        assertEquals(1, registry.problems().size(), messages(registry, Language.EN));
        ExporterProblem p = registry.problems().get(0);
        assertEquals("EXP-003", p.code());
        assertEquals("Two exporters have the id 'same': mm.First (from " + first + ") and zz.Second (from " + second
                + "). The first is used and the second ignored: of exporters with the same id, the one whose class "
                + "name (and then location) comes first alphabetically is used, so the choice does not depend on the "
                + "order in which the jars are found. Remove one of the jars, or give one exporter another id.",
                p.message(Language.EN));
        assertEquals("To eksportører har id'et 'same': mm.First (fra " + first + ") og zz.Second (fra " + second
                + "). Den første bruges, og den anden ignoreres: af eksportører med samme id bruges den, hvis "
                + "klassenavn (og dernæst placering) kommer først alfabetisk, så valget ikke afhænger af den "
                + "rækkefølge, jar-filerne findes i. Fjern den ene jar, eller giv den ene eksportør et andet id.",
                p.message(Language.DA));
    }

    @Test
    void aServicesEntryWhoseClassIsMissingNamesTheJarThatListsIt() throws IOException {
        Path plugins = folder("ghosts");
        // a comment and blank space around the name, read as ServiceLoader reads them
        Path ghost = new PluginBuilder()
                .file(SERVICES, "# the class was never packed\n  ghost.Missing  # gone\n\n")
                .jar(plugins.resolve("ghost.jar"));
        // the same missing class listed by two jars: both are named
        Path twiceA = new PluginBuilder().services("ghost.Twice").jar(plugins.resolve("twice-a.jar"));
        Path twiceB = new PluginBuilder().services("ghost.Twice").jar(plugins.resolve("twice-b.jar"));
        new PluginBuilder()
                .file("good/GammaExporter.java", PluginLoadingTest.exporter("good", "GammaExporter", "gamma", ""))
                .services("good.GammaExporter")
                .jar(plugins.resolve("good.jar"));
        Files.writeString(plugins.resolve("corrupt.jar"), "not a zip file");

        ExporterRegistry registry = ExporterRegistry.loadPlugins(plugins);

        assertEquals(List.of("alpha", "beta-two", "gamma"), registry.ids(), messages(registry, Language.EN));
        ExporterProblem missing = problemAbout(registry, "ghost.Missing");
        assertEquals("EXP-004", missing.code());
        assertEquals("The exporter ghost.Missing (listed in " + SERVICES + " in " + ghost + ") could not be loaded: "
                + "Provider ghost.Missing not found. The other exporters are loaded; fix that entry or remove "
                + ghost + " from the plugin folder.", missing.message(Language.EN));
        assertEquals("Eksportøren ghost.Missing (nævnt i " + SERVICES + " i " + ghost + ") kunne ikke indlæses: "
                + "Provider ghost.Missing not found. De øvrige eksportører er indlæst; ret linjen, eller fjern "
                + ghost + " fra plugin-mappen.", missing.message(Language.DA));

        ExporterProblem twice = problemAbout(registry, "ghost.Twice");
        assertEquals("The exporter ghost.Twice (listed in " + SERVICES + " in " + twiceA + " and " + twiceB + ") "
                + "could not be loaded: Provider ghost.Twice not found. The other exporters are loaded; fix those "
                + "entries or remove " + twiceA + " and " + twiceB + " from the plugin folder.",
                twice.message(Language.EN));
        assertEquals("Eksportøren ghost.Twice (nævnt i " + SERVICES + " i " + twiceA + " og " + twiceB + ") kunne "
                + "ikke indlæses: Provider ghost.Twice not found. De øvrige eksportører er indlæst; ret linjerne, "
                + "eller fjern " + twiceA + " og " + twiceB + " fra plugin-mappen.", twice.message(Language.DA));
        ExporterProblem corrupt = registry.problems().stream().filter(p -> p.code().equals("EXP-009")).findFirst()
                .orElseThrow(() -> new AssertionError(messages(registry, Language.EN)));
        assertTrue(corrupt.message(Language.EN).startsWith("The file " + plugins.resolve("corrupt.jar")
                + " in the plugin folder is not a readable jar file"), corrupt.message(Language.EN));
        assertEquals(3, registry.problems().size(), messages(registry, Language.EN));
    }

    @Test
    void aServicesEntryThatIsNoExporterOrHasNoPublicConstructorNamesTheJarThatListsIt() throws IOException {
        Path plugins = folder("wrong-classes");
        // the classes are in one jar, the services file naming them in another
        new PluginBuilder()
                .file("wrong/NotAnExporter.java", "package wrong; public class NotAnExporter {}")
                .file("wrong/NoConstructor.java", PluginLoadingTest.exporter("wrong", "NoConstructor", "noctor", "")
                        .replace("public NoConstructor() {", "NoConstructor() {"))
                .jar(plugins.resolve("classes.jar"));
        Path lister = new PluginBuilder().services("wrong.NotAnExporter", "wrong.NoConstructor")
                .jar(plugins.resolve("lister.jar"));

        ExporterRegistry registry = ExporterRegistry.loadPlugins(plugins);

        assertEquals(List.of("alpha", "beta-two"), registry.ids(), messages(registry, Language.EN));
        ExporterProblem notAnExporter = problemAbout(registry, "wrong.NotAnExporter");
        assertEquals("The exporter wrong.NotAnExporter (listed in " + SERVICES + " in " + lister + ") could not be "
                + "loaded: wrong.NotAnExporter not a subtype. The other exporters are loaded; fix that entry or "
                + "remove " + lister + " from the plugin folder.", notAnExporter.message(Language.EN));
        assertEquals("Eksportøren wrong.NotAnExporter (nævnt i " + SERVICES + " i " + lister + ") kunne ikke "
                + "indlæses: wrong.NotAnExporter not a subtype. De øvrige eksportører er indlæst; ret linjen, eller "
                + "fjern " + lister + " fra plugin-mappen.", notAnExporter.message(Language.DA));
        ExporterProblem noConstructor = problemAbout(registry, "wrong.NoConstructor");
        String en = noConstructor.message(Language.EN);
        assertTrue(en.startsWith("The exporter wrong.NoConstructor (listed in " + SERVICES + " in " + lister
                + ") could not be loaded: ") && en.contains("constructor") && en.endsWith("; fix that entry or "
                + "remove " + lister + " from the plugin folder."), en);
        String da = noConstructor.message(Language.DA);
        assertTrue(da.startsWith("Eksportøren wrong.NoConstructor (nævnt i " + SERVICES + " i " + lister
                + ") kunne ikke indlæses: ") && da.endsWith("; ret linjen, eller fjern " + lister
                + " fra plugin-mappen."), da);
    }

    private static ExporterProblem problemAbout(ExporterRegistry registry, String providerClass) {
        return registry.problems().stream().filter(p -> p.providerClasses().contains(providerClass)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem about " + providerClass + ":\n"
                        + messages(registry, Language.EN)));
    }
}
