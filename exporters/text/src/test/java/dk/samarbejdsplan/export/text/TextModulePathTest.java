package dk.samarbejdsplan.export.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The exporter is found on the module path too, through {@code provides} in its {@code module-info} (a named
 * module ignores {@code META-INF/services}). The tests run on the class path, so this test builds a module
 * layer from the exporter's classes and the modules it needs, and asks {@link ServiceLoader} in that layer.
 */
class TextModulePathTest {
    private static final String MODULE = "dk.samarbejdsplan.export.text";

    @Test
    void foundAsAServiceOfANamedModule() throws Exception {
        Path classes = Path.of(dk.samarbejdsplan.export.text.internal.TextPlanExporter.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        assertTrue(Files.exists(classes.resolve("module-info.class")), "compiled module-info in " + classes);
        List<Path> path = new ArrayList<>();
        path.add(classes);
        for (String entry : testClassPath()) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("exporter-api") || name.startsWith("plan-model") || name.startsWith("jackson-")
                    || name.startsWith("snakeyaml-engine")) {
                path.add(Path.of(entry));
            }
        }
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        ModuleReference ref = finder.find(MODULE).orElseThrow();
        assertEquals(Set.of("dk.samarbejdsplan.export.text"), ref.descriptor().exports().stream()
                .map(e -> e.source()).collect(java.util.stream.Collectors.toSet()), "exports only its options");
        Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(),
                Set.of(MODULE));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        Class<?> spi = layer.findLoader("dk.samarbejdsplan.export").loadClass("dk.samarbejdsplan.export.PlanExporter");
        List<String> found = new ArrayList<>();
        for (Object exporter : ServiceLoader.load(layer, spi)) {
            assertEquals(MODULE, exporter.getClass().getModule().getName());
            found.add((String) spi.getMethod("id").invoke(exporter));
        }
        assertEquals(List.of("text"), found);
    }

    private static List<String> testClassPath() throws URISyntaxException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(cp.split(File.pathSeparator));
    }
}
