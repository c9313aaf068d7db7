package dk.samarbejdsplan.export.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module-path checks of the contract, on exporters that are named modules: small modules compiled here
 * with {@code javac}, each loaded on the class path (as the tests of a plugin are) with its
 * {@code META-INF/services} file, so the contract finds it by id and then reads its {@code module-info}.
 */
class ModulePathCheckTest {
    @TempDir
    Path dir;

    private final List<URLClassLoader> loaders = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (URLClassLoader loader : loaders) {
            loader.close();
        }
    }

    @Test
    void aWellFormedModuleIsFoundOnTheModulePath() throws Exception {
        ExporterContract contract = contractOf(compile("good", "modular-good-fake", ""), "modular-good-fake");
        contract.checkRegistered().checkFoundOnModulePath().checkModuleExports("fake.good");
        AssertionError e = assertThrows(AssertionError.class,
                () -> contract.checkModuleExports("fake.good", "fake.good.internal"));
        assertEquals("The module fake.good of the exporter 'modular-good-fake' exports [fake.good] to every "
                + "module, expected [fake.good, fake.good.internal]", e.getMessage());
    }

    @Test
    void anInternalPackageExportedToEveryModuleIsCaught() throws Exception {
        ExporterContract contract = contractOf(compile("leaky", "modular-leaky-fake",
                "exports fake.leaky.internal;"), "modular-leaky-fake");
        contract.checkRegistered();
        AssertionError e = assertThrows(AssertionError.class, contract::checkFoundOnModulePath);
        assertTrue(e.getMessage().startsWith("The module fake.leaky of the exporter 'modular-leaky-fake' exports its "
                + "implementation package fake.leaky.internal to every module;"), e.getMessage());
    }

    @Test
    void anInternalPackageExportedToOneModuleIsFine() throws Exception {
        contractOf(compile("qualified", "modular-qualified-fake",
                "exports fake.qualified.internal to dk.samarbejdsplan.export;"), "modular-qualified-fake")
                .checkFoundOnModulePath().checkModuleExports("fake.qualified");
    }

    @Test
    void aModuleWithoutProvidesIsNotFoundOnTheModulePath() throws Exception {
        ExporterContract contract = contractOf(compile("unprovided", "modular-unprovided-fake", null),
                "modular-unprovided-fake");
        AssertionError e = assertThrows(AssertionError.class, contract::checkFoundOnModulePath);
        assertTrue(e.getMessage().startsWith("On the module path, ServiceLoader finds no exporter in the module "
                + "fake.unprovided, not 'modular-unprovided-fake'. Declare 'provides "
                + "dk.samarbejdsplan.export.PlanExporter with <your class>'"), e.getMessage());
    }

    @Test
    void anExporterProvidedOnlyOnTheModulePathIsCaught() throws Exception {
        ExporterContract contract = contractOf(compile("twofold", "modular-twofold-fake", "", true),
                "modular-twofold-fake");
        contract.checkRegistered();
        AssertionError e = assertThrows(AssertionError.class, contract::checkFoundOnModulePath);
        assertEquals("The module fake.twofold gives other exporters on the module path, [modular-twofold-fake, "
                + "second-fake], than on the class path, [modular-twofold-fake]; list the same classes in "
                + "META-INF/services/dk.samarbejdsplan.export.PlanExporter and in 'provides "
                + "dk.samarbejdsplan.export.PlanExporter with ...' of its module-info.java", e.getMessage());
    }

    @Test
    void aRequiredModuleMissingFromTheClassPathIsNamed() throws Exception {
        Path extra = dir.resolve("extra");
        Files.createDirectories(extra.resolve("src/fake/extra"));
        Files.writeString(extra.resolve("src/module-info.java"), "module fake.extra { exports fake.extra; }");
        Files.writeString(extra.resolve("src/fake/extra/Extra.java"), "package fake.extra; public class Extra {}");
        javac(extra.resolve("classes"), List.of(), extra.resolve("src"));

        ExporterContract contract = contractOf(compile("needy", "modular-needy-fake", "requires fake.extra;",
                extra.resolve("classes")), "modular-needy-fake");
        AssertionError e = assertThrows(AssertionError.class, contract::checkFoundOnModulePath);
        assertTrue(e.getMessage().startsWith("The module fake.needy of the exporter 'modular-needy-fake' needs the "
                + "module fake.extra, which is neither on the test class path nor in the boot layer"), e.getMessage());
    }

    @Test
    void anExporterThatIsNotAModuleHasNothingToCheckButHasNoModuleExports() {
        ExporterContract contract = ExporterContract.forId("good-fake");
        contract.checkFoundOnModulePath();
        AssertionError e = assertThrows(AssertionError.class, () -> contract.checkModuleExports("x"));
        assertTrue(e.getMessage().contains("is not in a named module"), e.getMessage());
    }

    @Test
    void theClassPathModulesIncludeTheApiAndTheModel() {
        assertTrue(ModulePathCheck.modulesOnClassPath().containsKey(ModulePathCheck.API_MODULE),
                () -> ModulePathCheck.modulesOnClassPath().keySet().toString());
        assertTrue(ModulePathCheck.modulesOnClassPath().containsKey("dk.samarbejdsplan.model"));
    }

    /**
     * Compiles the module {@code fake.NAME}: an options package {@code fake.NAME} and the exporter
     * {@code fake.NAME.internal.Fake} with the id, listed in {@code META-INF/services}.
     *
     * @param extra more lines for {@code module-info.java}; null to leave out the {@code provides} line
     * @param modulePath more folders for javac's module path
     */
    private Path compile(String name, String id, String extra, Path... modulePath) throws IOException {
        return compile(name, id, extra, false, modulePath);
    }

    /**
     * As {@link #compile(String, String, String, Path...)}; with {@code second}, the module also provides
     * {@code fake.NAME.internal.Second} (id {@code second-fake}), which the services file does not list.
     */
    private Path compile(String name, String id, String extra, boolean second, Path... modulePath)
            throws IOException {
        Path src = dir.resolve(name).resolve("src");
        String pkg = "fake." + name;
        Path internal = src.resolve("fake").resolve(name).resolve("internal");
        Files.createDirectories(internal);
        Files.writeString(src.resolve("module-info.java"), "module " + pkg + " {\n"
                + "    requires dk.samarbejdsplan.export;\n"
                + "    exports " + pkg + ";\n"
                + "    " + (extra == null ? "" : extra) + "\n"
                + (extra == null ? "" : "    provides dk.samarbejdsplan.export.PlanExporter with " + pkg
                        + ".internal.Fake" + (second ? ", " + pkg + ".internal.Second" : "") + ";\n")
                + "}\n");
        Files.writeString(internal.getParent().resolve("Options.java"),
                "package " + pkg + ";\npublic record Options(int width) {}\n");
        Files.writeString(internal.resolve("Fake.java"), String.join("\n",
                "package " + pkg + ".internal;",
                "import dk.samarbejdsplan.export.ExportOptions;",
                "import dk.samarbejdsplan.model.CooperationPlan;",
                "public final class Fake implements dk.samarbejdsplan.export.PlanExporter {",
                "    public String id() { return \"" + id + "\"; }",
                "    public String displayName() { return \"Fake\"; }",
                "    public String mediaType() { return \"text/plain\"; }",
                "    public String fileExtension() { return \"txt\"; }",
                "    public void export(CooperationPlan plan, ExportOptions options, Appendable out)",
                "            throws java.io.IOException {",
                "        out.append(plan.title());",
                "    }",
                "}", ""));
        if (second) {
            Files.writeString(internal.resolve("Second.java"), String.join("\n",
                    "package " + pkg + ".internal;",
                    "public final class Second implements dk.samarbejdsplan.export.PlanExporter {",
                    "    public String id() { return \"second-fake\"; }",
                    "    public String displayName() { return \"Second\"; }",
                    "    public String mediaType() { return \"text/plain\"; }",
                    "    public String fileExtension() { return \"txt\"; }",
                    "    public void export(dk.samarbejdsplan.model.CooperationPlan plan,",
                    "            dk.samarbejdsplan.export.ExportOptions options, Appendable out) {",
                    "    }",
                    "}", ""));
        }
        Path classes = dir.resolve(name).resolve("classes");
        javac(classes, List.of(modulePath), src);
        Path services = classes.resolve("META-INF/services/" + PlanExporter.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, pkg + ".internal.Fake\n");
        return classes;
    }

    private static void javac(Path classes, List<Path> extraModulePath, Path src) throws IOException {
        ToolProvider javac = ToolProvider.findFirst("javac").orElse(null);
        assertNotNull(javac, "the tests run on a JDK");
        List<String> modulePath = new ArrayList<>();
        extraModulePath.forEach(p -> modulePath.add(p.toString()));
        ModulePathCheck.modulesOnClassPath().values().forEach(m -> modulePath.add(Path.of(m.location()
                .orElseThrow()).toString()));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "--module-path",
                String.join(File.pathSeparator, modulePath)));
        try (Stream<Path> files = Files.walk(src)) {
            args.addAll(files.filter(p -> p.toString().endsWith(".java")).map(Path::toString)
                    .collect(Collectors.toList()));
        }
        StringWriter err = new StringWriter();
        try (PrintWriter out = new PrintWriter(err)) {
            int status = javac.run(out, out, args.toArray(String[]::new));
            out.flush();
            assertEquals(0, status, err::toString);
        }
    }

    /** The contract of the exporter in the class folder, loaded on a class path of its own. */
    private ExporterContract contractOf(Path classes, String id) throws IOException {
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ModulePathCheckTest.class.getClassLoader());
        loaders.add(loader);
        return ExporterContract.forId(id).withRegistry(ExporterRegistry.load(loader));
    }
}
