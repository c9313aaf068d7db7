package dk.samarbejdsplan.export.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The exporter is found through {@link ServiceLoader} on the module path too: its {@code module-info} is
 * loaded in a module layer of its own (with the model, the SPI and Jackson as named modules).
 */
class JsonLdModulePathTest {
    private static final Pattern MODULE_JARS = Pattern.compile(
            ".*[/\\\\](plan-model|exporter-api|jackson-core|jackson-databind|jackson-annotations"
                    + "|jackson-dataformat-yaml|snakeyaml-engine)-[^/\\\\]*\\.jar");

    @Test
    void serviceLoaderFindsItOnTheModulePath() throws Exception {
        List<Path> modulePath = new ArrayList<>();
        modulePath.add(Path.of("target", "classes"));
        for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
            if (MODULE_JARS.matcher(entry).matches()) {
                modulePath.add(Path.of(entry));
            }
        }
        ModuleFinder finder = ModuleFinder.of(modulePath.toArray(Path[]::new));
        ModuleLayer parent = ModuleLayer.boot();
        Configuration configuration = parent.configuration().resolveAndBind(finder, ModuleFinder.of(),
                Set.of("dk.samarbejdsplan.export.jsonld"));
        ModuleLayer layer = parent.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());

        Class<?> spi = layer.findLoader("dk.samarbejdsplan.export").loadClass("dk.samarbejdsplan.export.PlanExporter");
        List<String> found = new ArrayList<>();
        for (ServiceLoader.Provider<?> provider : ServiceLoader.load(layer, spi).stream().toList()) {
            Object exporter = provider.get();
            assertEquals("dk.samarbejdsplan.export.jsonld", provider.type().getModule().getName());
            found.add((String) spi.getMethod("id").invoke(exporter));
        }
        assertEquals(List.of("jsonld"), found);
        assertTrue(layer.findModule("dk.samarbejdsplan.export.jsonld").orElseThrow()
                .isExported("dk.samarbejdsplan.export.jsonld"));
        assertTrue(!layer.findModule("dk.samarbejdsplan.export.jsonld").orElseThrow()
                .isExported("dk.samarbejdsplan.export.jsonld.internal"), "the implementation is not exported");
    }
}
