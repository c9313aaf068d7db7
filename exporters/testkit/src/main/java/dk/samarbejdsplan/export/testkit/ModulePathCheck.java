package dk.samarbejdsplan.export.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import dk.samarbejdsplan.export.PlanExporter;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The module-path checks behind {@link ExporterContract#checkFoundOnModulePath()} and
 * {@link ExporterContract#checkModuleExports(String...)}. Tests run on the class path, where a
 * {@code module-info} is ignored; these checks read the exporter's module as the module path would: they build
 * a module layer from the exporter's module and the modules it requires (taken from the test class path), and
 * ask {@link ServiceLoader} in that layer.
 */
final class ModulePathCheck {

    /** The module of the exporter API, which declares {@code uses dk.samarbejdsplan.export.PlanExporter}. */
    static final String API_MODULE = "dk.samarbejdsplan.export";

    private static final Pattern INTERNAL = Pattern.compile("(^|.*\\.)internal(\\..*|$)");

    private ModulePathCheck() {
    }

    /**
     * The explicit module (one with a {@code module-info.class}) the exporter's class was loaded from.
     *
     * @param type the exporter's class
     * @return the module, or empty when the class comes from a folder or jar without a {@code module-info}
     *         (or from somewhere that cannot be read)
     */
    static Optional<ModuleReference> moduleOf(Class<?> type) {
        return ExporterContract.locationOf(type).flatMap(ModulePathCheck::moduleAt)
                .filter(m -> !m.descriptor().isAutomatic());
    }

    /**
     * The module at a class path entry: a class folder with a {@code module-info.class}, or a jar (an explicit
     * module, or an automatic one named from its manifest or file name).
     *
     * @param entry the class path entry
     * @return the module, or empty when the entry is none (or its name cannot be derived)
     */
    static Optional<ModuleReference> moduleAt(Path entry) {
        boolean folder = Files.isDirectory(entry) && Files.isRegularFile(entry.resolve("module-info.class"));
        boolean jar = Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar");
        if (!folder && !jar) {
            return Optional.empty();
        }
        try {
            Set<ModuleReference> found = ModuleFinder.of(entry).findAll();
            return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
        } catch (FindException | SecurityException e) {
            return Optional.empty(); // not usable as a module: not ours to judge here
        }
    }

    /**
     * The modules on the test class path (Surefire's {@code surefire.test.class.path}, else
     * {@code java.class.path}) by name, the first of a name winning; read once.
     *
     * @return module name to module
     */
    static Map<String, ModuleReference> modulesOnClassPath() {
        return ClassPath.MODULES;
    }

    /**
     * Fails when the module exports a package with an {@code internal} segment to everyone.
     *
     * @param id the exporter's id, for the message
     * @param module the exporter's module
     */
    static void checkNoInternalExported(String id, ModuleDescriptor module) {
        List<String> leaked = module.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).filter(p -> INTERNAL.matcher(p).matches()).sorted().toList();
        if (!leaked.isEmpty()) {
            fail("The module " + module.name() + " of the exporter '" + id + "' exports its implementation "
                    + (leaked.size() == 1 ? "package " : "packages ") + String.join(", ", leaked)
                    + " to every module; export only the API (for example the options), and an internal package "
                    + "at most to the modules that need it ('exports ... to ...')");
        }
    }

    /**
     * Builds a module layer of the exporter's module and what it requires, and fails unless
     * {@link ServiceLoader} finds, among the providers of that module, an exporter with the id, and exactly the
     * exporters that the class path finds in the same class folder or jar.
     *
     * @param id the exporter's id
     * @param module the exporter's module (its location and descriptor)
     * @param classPathIds the ids of the exporters the class path (its services file) finds in the module's
     *        class folder or jar
     */
    static void checkFoundInLayer(String id, ModuleReference module, List<String> classPathIds) {
        String name = module.descriptor().name();
        ModuleLayer layer = layerOf(id, module);
        Class<?> spi;
        try {
            spi = Class.forName(PlanExporter.class.getName(), false, layer.findLoader(API_MODULE));
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            fail("On the module path the exporter API (module " + API_MODULE + ") is not readable from the "
                    + "module " + name + " of the exporter '" + id + "': " + e, e);
            return;
        }
        Module own = layer.findModule(name).orElseThrow();
        List<String> ids = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<?> provider : ServiceLoader.load(layer, spi).stream().toList()) {
                if (provider.type().getModule() == own) {
                    ids.add(String.valueOf(spi.getMethod("id").invoke(provider.get())));
                }
            }
        } catch (InvocationTargetException e) {
            fail("On the module path, id() of an exporter of the module " + name + " threw " + e.getCause(),
                    e.getCause());
        } catch (ServiceConfigurationError | ReflectiveOperationException | RuntimeException | LinkageError e) {
            fail("On the module path, ServiceLoader cannot load the exporters of the module " + name + " (the "
                    + "exporter '" + id + "'): " + e, e);
        }
        if (!ids.contains(id)) {
            fail("On the module path, ServiceLoader finds " + (ids.isEmpty() ? "no exporter" : "only the exporters "
                    + ids) + " in the module " + name + ", not '" + id + "'. Declare 'provides " + PlanExporter.class
                    .getName() + " with <your class>' in its module-info.java: a named module ignores "
                    + "META-INF/services");
        }
        List<String> modulePath = ids.stream().sorted().toList();
        List<String> classPath = classPathIds.stream().sorted().toList();
        if (!modulePath.equals(classPath)) {
            fail("The module " + name + " gives other exporters on the module path, " + modulePath + ", than on "
                    + "the class path, " + classPath + "; list the same classes in META-INF/services/"
                    + PlanExporter.class.getName() + " and in 'provides " + PlanExporter.class.getName()
                    + " with ...' of its module-info.java");
        }
    }

    /** The layer of the module and the modules it requires (transitively), defined to one class loader. */
    private static ModuleLayer layerOf(String id, ModuleReference module) {
        String name = module.descriptor().name();
        Map<String, ModuleReference> available = new LinkedHashMap<>();
        available.put(name, module);
        modulesOnClassPath().forEach(available::putIfAbsent);
        Map<String, ModuleReference> needed = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(name));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            ModuleReference ref = available.get(next);
            if (ref == null) {
                if (ModuleLayer.boot().findModule(next).isEmpty()) {
                    fail("The module " + name + " of the exporter '" + id + "' needs the module " + next
                            + ", which is neither on the test class path nor in the boot layer, so on the module "
                            + "path it cannot be resolved; add the jar of " + next + " to the test dependencies");
                }
                continue; // the JDK's own modules
            }
            needed.put(next, ref);
            for (ModuleDescriptor.Requires r : ref.descriptor().requires()) {
                if (!r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                    todo.push(r.name());
                }
            }
        }
        ModuleFinder finder = new ModuleFinder() {
            @Override
            public Optional<ModuleReference> find(String moduleName) {
                return Optional.ofNullable(needed.get(moduleName));
            }

            @Override
            public Set<ModuleReference> findAll() {
                return Set.copyOf(needed.values());
            }
        };
        ModuleLayer boot = ModuleLayer.boot();
        try {
            Configuration configuration = boot.configuration().resolveAndBind(finder, ModuleFinder.of(),
                    Set.of(name));
            return boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        } catch (FindException | ResolutionException | LayerInstantiationException | SecurityException e) {
            fail("On the module path the module " + name + " of the exporter '" + id + "' cannot be loaded with "
                    + "the modules it requires " + new TreeSet<>(needed.keySet()) + ": " + e.getMessage(), e);
            throw new AssertionError(e); // not reached
        }
    }

    /**
     * The packages a module exports to every module, sorted.
     *
     * @param module the module
     * @return the packages
     */
    static Set<String> unqualifiedExports(ModuleDescriptor module) {
        return module.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The class path's modules, read once. */
    private static final class ClassPath {
        static final Map<String, ModuleReference> MODULES = read();

        private static Map<String, ModuleReference> read() {
            String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path", ""));
            Map<String, ModuleReference> modules = new LinkedHashMap<>();
            for (String entry : path.split(Pattern.quote(File.pathSeparator))) {
                if (entry.isBlank()) {
                    continue;
                }
                try {
                    moduleAt(Path.of(entry)).ifPresent(m -> modules.putIfAbsent(m.descriptor().name(), m));
                } catch (InvalidPathException e) {
                    // not a path on this file system: not a module either
                }
            }
            return Collections.unmodifiableMap(modules);
        }
    }
}
