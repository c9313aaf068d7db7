package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ServiceLoader discovery in real, forked JVMs: on the module path an exporter is found through
 * {@code provides} (a named module ignores {@code META-INF/services}), on the class path through the services
 * file; an exporter shipping both (as ours do) is found once on either path; and {@code load(ModuleLayer)}
 * finds an exporter in a layer created at run time. The plugins are compiled in the test; the exporter API and
 * the plan model are the modules built by this build.
 */
class ModulePathTest {

    @TempDir
    static Path work;

    static final String SERVICE = "META-INF/services/" + PlanExporter.class.getName();

    static String exporter(String pkg, String name, String id) {
        return "package " + pkg + ";\n"
                + "public final class " + name + " implements dk.samarbejdsplan.export.PlanExporter {\n"
                + "  public String id() { return \"" + id + "\"; }\n"
                + "  public String displayName() { return \"" + name + "\"; }\n"
                + "  public String mediaType() { return \"text/plain\"; }\n"
                + "  public String fileExtension() { return \"txt\"; }\n"
                + "  public void export(dk.samarbejdsplan.model.CooperationPlan p,\n"
                + "      dk.samarbejdsplan.export.ExportOptions o, Appendable out) throws java.io.IOException {\n"
                + "    out.append(\"" + id + " æøå \").append(p.district().name());\n"
                + "  }\n"
                + "}\n";
    }

    /** A main class that loads the registry (boot layer, or a new layer over a folder) and prints what it found. */
    static String main(String pkg) {
        return "package " + pkg + ";\n"
                + "import dk.samarbejdsplan.export.*;\n"
                + "import dk.samarbejdsplan.model.*;\n"
                + "import java.lang.module.*;\n"
                + "public final class Main {\n"
                + "  public static void main(String[] args) throws Exception {\n"
                + "    ExporterRegistry r;\n"
                + "    if (args.length == 2) {\n"
                + "      ModuleFinder finder = ModuleFinder.of(java.nio.file.Path.of(args[1]));\n"
                + "      java.util.Set<String> roots = new java.util.TreeSet<>();\n"
                + "      finder.findAll().forEach(m -> roots.add(m.descriptor().name()));\n"
                + "      Configuration cf = ModuleLayer.boot().configuration()\n"
                + "          .resolveAndBind(finder, ModuleFinder.of(), roots);\n"
                + "      ModuleLayer layer = ModuleLayer.boot()\n"
                + "          .defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());\n"
                + "      r = ExporterRegistry.load(layer);\n"
                + "    } else {\n"
                + "      r = ExporterRegistry.load();\n"
                + "    }\n"
                + "    System.out.println(\"api-module=\" + ExporterRegistry.class.getModule().getName());\n"
                + "    System.out.println(\"ids=\" + r.ids());\n"
                + "    for (ExporterInfo i : r.describeAll()) {\n"
                + "      System.out.println(\"info=\" + i.id() + \"|\" + i.module().orElse(\"-\") + \"|\"\n"
                + "          + i.providerClass());\n"
                + "    }\n"
                + "    for (ExporterProblem p : r.problems()) {\n"
                + "      System.out.println(\"problem=\" + p.code());\n"
                + "    }\n"
                + "    CooperationPlan plan = CooperationPlan.builder()\n"
                + "        .district(PoliceDistrict.of(\"Midt- og Vestsjællands Politi\")).year(2007).build();\n"
                + "    for (PlanExporter e : r.all()) {\n"
                + "      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();\n"
                + "      ExporterRegistry.export(e, plan, ExportOptions.defaults(), bytes);\n"
                + "      System.out.println(\"output=\" + java.util.Base64.getEncoder().encodeToString(\n"
                + "          bytes.toByteArray()));\n"
                + "    }\n"
                + "  }\n"
                + "}\n";
    }

    static Path providesOnly;
    static Path servicesOnly;
    static Path both;
    static Path namedWithServicesOnly;
    static Path layered;

    @BeforeAll
    static void compilePlugins() throws IOException {
        providesOnly = new PluginBuilder()
                .file("module-info.java", "module test.provides {\n  requires dk.samarbejdsplan.export;\n"
                        + "  provides dk.samarbejdsplan.export.PlanExporter with test.provides.ModuleExporter;\n}\n")
                .file("test/provides/ModuleExporter.java", exporter("test.provides", "ModuleExporter", "modular"))
                .file("test/provides/Main.java", main("test.provides"))
                .compileTo(work.resolve("provides-only"), true);
        servicesOnly = new PluginBuilder()
                .file("test/services/ClassPathExporter.java",
                        exporter("test.services", "ClassPathExporter", "classic"))
                .file("test/services/Main.java", main("test.services"))
                .services("test.services.ClassPathExporter")
                .compileTo(work.resolve("services-only"), false);
        both = PluginBuilder.pack(new PluginBuilder()
                .file("module-info.java", "module test.both {\n  requires dk.samarbejdsplan.export;\n"
                        + "  provides dk.samarbejdsplan.export.PlanExporter with test.both.BothExporter;\n}\n")
                .file("test/both/BothExporter.java", exporter("test.both", "BothExporter", "both"))
                .file("test/both/Main.java", main("test.both"))
                .services("test.both.BothExporter")
                .compileTo(work.resolve("both"), true), work.resolve("test-both.jar"));
        namedWithServicesOnly = new PluginBuilder()
                .file("module-info.java", "module test.forgot {\n  requires dk.samarbejdsplan.export;\n}\n")
                .file("test/forgot/ForgotExporter.java", exporter("test.forgot", "ForgotExporter", "forgot"))
                .file("test/forgot/Main.java", main("test.forgot"))
                .services("test.forgot.ForgotExporter")
                .compileTo(work.resolve("forgot"), true);
        Files.createDirectories(work.resolve("layer"));
        layered = new PluginBuilder()
                .file("module-info.java", "module test.layered {\n  requires dk.samarbejdsplan.export;\n"
                        + "  provides dk.samarbejdsplan.export.PlanExporter with test.layered.LayeredExporter;\n}\n")
                .file("test/layered/LayeredExporter.java", exporter("test.layered", "LayeredExporter", "layered"))
                .compileTo(work.resolve("layer").resolve("test.layered"), true);
    }

    @Test
    void theModulesUnderTestAreRealModules() {
        List<String> modulePath = PluginBuilder.modulePath();
        assertTrue(modulePath.size() >= 2, modulePath.toString());
        assertEquals(PluginBuilder.location(PlanExporter.class).toString(), modulePath.get(0));
        assertTrue(Files.isRegularFile(PluginBuilder.location(PlanExporter.class).resolve("module-info.class")));
    }

    @Test
    void onTheModulePathAnExporterIsFoundThroughProvides() throws Exception {
        assertFalse(Files.exists(providesOnly.resolve(SERVICE)), "no services file in this plugin");
        List<String> out = run(List.of("--module-path", path(PluginBuilder.modulePath(), providesOnly),
                "-m", "test.provides/test.provides.Main"));
        assertTrue(out.contains("api-module=dk.samarbejdsplan.export"), "the API ran as a named module: " + out);
        assertTrue(out.contains("ids=[modular]"), out.toString());
        assertTrue(out.contains("info=modular|test.provides|test.provides.ModuleExporter"), out.toString());
        assertFalse(out.stream().anyMatch(l -> l.startsWith("problem=")), out.toString());
        assertTrue(out.contains("output=" + base64("modular æøå Midt- og Vestsjællands Politi")), out.toString());
    }

    @Test
    void onTheClassPathAnExporterIsFoundThroughTheServicesFile() throws Exception {
        List<String> out = run(List.of("-cp", path(PluginBuilder.modulePath(), servicesOnly),
                "test.services.Main"));
        assertTrue(out.contains("api-module=null"), "the API ran on the class path: " + out);
        assertTrue(out.contains("ids=[classic]"), out.toString());
        assertTrue(out.contains("info=classic|-|test.services.ClassPathExporter"), out.toString());
        assertFalse(out.stream().anyMatch(l -> l.startsWith("problem=")), out.toString());
        assertTrue(out.contains("output=" + base64("classic æøå Midt- og Vestsjællands Politi")), out.toString());
    }

    @Test
    void anExporterShippingBothIsFoundOnceOnEitherPath() throws Exception {
        List<String> onModulePath = run(List.of("--module-path", path(PluginBuilder.modulePath(), both),
                "-m", "test.both/test.both.Main"));
        assertTrue(onModulePath.contains("ids=[both]"), onModulePath.toString());
        assertTrue(onModulePath.contains("info=both|test.both|test.both.BothExporter"), onModulePath.toString());
        assertFalse(onModulePath.stream().anyMatch(l -> l.startsWith("problem=")), onModulePath.toString());

        List<String> onClassPath = run(List.of("-cp", path(PluginBuilder.modulePath(), both), "test.both.Main"));
        assertTrue(onClassPath.contains("ids=[both]"), onClassPath.toString());
        assertTrue(onClassPath.contains("info=both|-|test.both.BothExporter"), onClassPath.toString());
        assertFalse(onClassPath.stream().anyMatch(l -> l.startsWith("problem=")), onClassPath.toString());
    }

    @Test
    void aNamedModuleWithOnlyAServicesFileIsNotFoundAndTheRegistrySaysSo() throws Exception {
        List<String> out = run(List.of("--module-path", path(PluginBuilder.modulePath(), namedWithServicesOnly),
                "-m", "test.forgot/test.forgot.Main"));
        assertTrue(out.contains("ids=[]"), out.toString());
        assertTrue(out.contains("problem=EXP-001"), out.toString());
    }

    @Test
    void loadOfAModuleLayerFindsTheExportersOfTheLayerAndItsParents() throws Exception {
        List<String> out = run(List.of("--module-path", path(PluginBuilder.modulePath(), providesOnly),
                "-m", "test.provides/test.provides.Main", "layer", layered.toString()));
        assertTrue(out.contains("ids=[layered, modular]"), out.toString());
        assertTrue(out.contains("info=layered|test.layered|test.layered.LayeredExporter"), out.toString());
        assertFalse(out.stream().anyMatch(l -> l.startsWith("problem=")), out.toString());
    }

    private static String path(List<String> entries, Path extra) {
        List<String> all = new ArrayList<>(entries);
        all.add(extra.toString());
        return String.join(File.pathSeparator, all);
    }

    private static String base64(String s) {
        return java.util.Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs a forked JVM and returns its standard output lines; fails on a non-zero exit or a timeout. */
    private static List<String> run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(PluginBuilder.javaCommand());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(args);
        Path log = Files.createTempFile(work, "fork", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("forked JVM timed out: " + command);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "forked JVM failed: " + command + "\n" + String.join("\n", lines));
        return lines;
    }
}
