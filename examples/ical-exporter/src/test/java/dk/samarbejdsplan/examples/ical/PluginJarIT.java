package dk.samarbejdsplan.examples.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Checks the plugin jar that Maven built (so it runs in the {@code integration-test} phase, after
 * {@code package}): it holds the exporter and both registrations and nothing of the exporter API, and the
 * exporter is found from it the two ways a host looks: through the services file in a plugin class loader
 * (what {@code --plugin-path} does) and through {@code provides} on the module path.
 */
class PluginJarIT {

    private static final String SERVICES_FILE = "META-INF/services/dk.samarbejdsplan.export.PlanExporter";
    private static final String EXPORTER_CLASS = "dk.samarbejdsplan.examples.ical.ICalendarExporter";

    private final Path pluginJar = Path.of(System.getProperty("plugin.jar", "plugin.jar property not set"));

    @Test
    void theJarHoldsTheExporterAndBothRegistrationsAndNothingOfTheApi() throws IOException {
        assertTrue(Files.isRegularFile(pluginJar), "built by Maven: " + pluginJar);
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            assertTrue(names.contains("dk/samarbejdsplan/examples/ical/ICalendarExporter.class"), names.toString());
            for (String name : names) {
                assertFalse(name.startsWith("dk/samarbejdsplan/export/"), "bundles the exporter API: " + name);
                assertFalse(name.startsWith("dk/samarbejdsplan/model/"), "bundles the plan model: " + name);
                assertTrue(name.startsWith("META-INF/") || name.equals("module-info.class")
                        || name.startsWith("dk/samarbejdsplan/examples/ical/")
                        || name.equals("dk/") || name.equals("dk/samarbejdsplan/")
                        || name.equals("dk/samarbejdsplan/examples/"), "only the plugin's own files: " + name);
            }

            JarEntry services = jar.getJarEntry(SERVICES_FILE);
            assertTrue(services != null, "the services file, for the class path and --plugin-path");
            try (InputStream in = jar.getInputStream(services)) {
                List<String> providers = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                assertEquals(List.of(EXPORTER_CLASS), providers);
            }

            JarEntry moduleInfo = jar.getJarEntry("module-info.class");
            assertTrue(moduleInfo != null, "module-info.class, for the module path");
            try (InputStream in = jar.getInputStream(moduleInfo)) {
                ModuleDescriptor descriptor = ModuleDescriptor.read(in);
                assertEquals("dk.samarbejdsplan.examples.ical", descriptor.name());
                assertTrue(descriptor.exports().isEmpty(), "exports nothing: " + descriptor.exports());
                assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("dk.samarbejdsplan.export")));
                assertEquals(1, descriptor.provides().size());
                ModuleDescriptor.Provides provides = descriptor.provides().iterator().next();
                assertEquals(PlanExporter.class.getName(), provides.service());
                assertEquals(List.of(EXPORTER_CLASS), provides.providers());
            }
        }
    }

    @Test
    void aPluginClassLoaderFindsTheExporterThroughTheServicesFile() throws Exception {
        // the host's loader holds the API (and the model), as the CLI's does; the plugin's loader holds only
        // the jar and asks the host's loader first, so there is one PlanExporter interface
        try (URLClassLoader host = new URLClassLoader(new URL[] {location(PlanExporter.class),
                location(CooperationPlan.class)}, ClassLoader.getPlatformClassLoader());
                URLClassLoader plugin = new URLClassLoader(new URL[] {pluginJar.toUri().toURL()}, host)) {
            Class<?> spi = host.loadClass(PlanExporter.class.getName());
            assertNotEquals(PlanExporter.class, spi, "isolated from the test's own class path");
            assertEquals(spi, plugin.loadClass(PlanExporter.class.getName()), "the plugin sees the host's API");

            List<Object> found = new ArrayList<>();
            ServiceLoader.load(spi, plugin).forEach(found::add);
            assertEquals(1, found.size(), found.toString());
            Object exporter = found.get(0);
            assertEquals(EXPORTER_CLASS, exporter.getClass().getName());
            assertEquals(plugin, exporter.getClass().getClassLoader(), "loaded from the plugin jar");
            assertEquals("ical", spi.getMethod("id").invoke(exporter));
            assertEquals("text/calendar", spi.getMethod("mediaType").invoke(exporter));
            assertEquals(System.getProperty("plugin.version"), spi.getMethod("version").invoke(exporter),
                    "the version from the jar's manifest");
        }
    }

    @Test
    void theModulePathFindsTheExporterThroughProvides() throws Exception {
        // a named module ignores META-INF/services: only "provides" in module-info can make this work
        ModuleFinder finder = ModuleFinder.of(modulePath(pluginJar).toArray(Path[]::new));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("dk.samarbejdsplan.examples.ical"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        Class<?> spi = layer.findLoader("dk.samarbejdsplan.export").loadClass(PlanExporter.class.getName());

        List<Object> found = new ArrayList<>();
        ServiceLoader.load(layer, spi).forEach(found::add);
        assertEquals(1, found.size(), found.toString());
        Object exporter = found.get(0);
        assertEquals("dk.samarbejdsplan.examples.ical", exporter.getClass().getModule().getName());
        assertEquals("ical", spi.getMethod("id").invoke(exporter));
        assertEquals(System.getProperty("plugin.version"), spi.getMethod("version").invoke(exporter));
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    /**
     * The module path of a host: the plugin jar, the API and the model, then every modular jar of the class
     * path (the modules the model needs).
     */
    private static List<Path> modulePath(Path pluginJar) throws URISyntaxException {
        List<Path> paths = new ArrayList<>(List.of(pluginJar, Path.of(location(PlanExporter.class).toURI()),
                Path.of(location(CooperationPlan.class).toURI())));
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(element);
            if (!element.endsWith(".jar") || paths.contains(path)) {
                continue;
            }
            try {
                if (ModuleFinder.of(path).findAll().stream().noneMatch(m -> m.descriptor().isAutomatic())) {
                    paths.add(path);
                }
            } catch (FindException e) {
                // not a module: the plugin cannot need it
            }
        }
        return paths;
    }
}
