package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/** Builds throwaway plugins in tests: compiles Java sources with the JDK's compiler and packs them in jars. */
final class PluginBuilder {

    private final Map<String, String> files = new LinkedHashMap<>();

    /**
     * Adds a source file or resource.
     *
     * @param path the path inside the source tree, e.g. {@code plugin/Good.java} or
     *        {@code META-INF/services/dk.samarbejdsplan.export.PlanExporter}
     * @param content the content
     */
    PluginBuilder file(String path, String content) {
        files.put(path, content);
        return this;
    }

    /** Adds a services file naming the given classes. */
    PluginBuilder services(String... classNames) {
        return file("META-INF/services/" + PlanExporter.class.getName(), String.join("\n", classNames) + "\n");
    }

    /**
     * Compiles the {@code .java} files into {@code dir} (also copying the other files there).
     *
     * @param dir the output folder
     * @param modulePath whether to compile against the module path (for sources with a module-info.java)
     * @return the folder
     */
    Path compileTo(Path dir, boolean modulePath) throws IOException {
        Path src = Files.createTempDirectory(dir.getParent(), "src");
        List<String> sources = new ArrayList<>();
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path target = (e.getKey().endsWith(".java") ? src : dir).resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
            if (e.getKey().endsWith(".java")) {
                sources.add(target.toString());
            }
        }
        if (!sources.isEmpty()) {
            // java.util.spi.ToolProvider (java.base) runs javac without a compile-time dependency on java.compiler
            Optional<ToolProvider> javac = ToolProvider.findFirst("javac");
            assertTrue(javac.isPresent(), "the tests need a JDK (javac)");
            List<String> args = new ArrayList<>(List.of("-d", dir.toString(), "-encoding", "UTF-8",
                    "--release", "17", "-proc:none", "-Xlint:none"));
            args.add(modulePath ? "--module-path" : "-classpath");
            args.add(String.join(java.io.File.pathSeparator, modulePath ? modulePath() : classPath()));
            args.addAll(sources);
            StringWriter errors = new StringWriter();
            java.io.PrintWriter pw = new java.io.PrintWriter(errors);
            int rc = javac.get().run(pw, pw, args.toArray(String[]::new));
            pw.flush();
            assertTrue(rc == 0, "javac failed: " + errors);
        }
        return dir;
    }

    /** Compiles and packs into a jar file. */
    Path jar(Path jarFile) throws IOException {
        Path classes = compileTo(Files.createTempDirectory(jarFile.getParent(), "classes"), false);
        return pack(classes, jarFile);
    }

    /** Packs a folder into a jar file. */
    static Path pack(Path dir, Path jarFile) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jarFile), manifest);
                Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(dir.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jarFile;
    }

    /** The api classes and the plan model, for compiling plugins against. */
    static List<String> classPath() {
        return List.of(location(PlanExporter.class).toString(), location(CooperationPlan.class).toString());
    }

    /** Every module the exporter API needs (itself included), for compiling and running on the module path. */
    static List<String> modulePath() {
        Map<String, Path> modules = moduleLocations();
        Set<String> needed = new LinkedHashSet<>();
        collect("dk.samarbejdsplan.export", modules, needed);
        List<String> paths = new ArrayList<>();
        for (String name : needed) {
            paths.add(modules.get(name).toString());
        }
        return paths;
    }

    private static void collect(String module, Map<String, Path> modules, Set<String> needed) {
        if (!modules.containsKey(module) || !needed.add(module)) {
            return; // a system module (java.base, ...) or done already
        }
        ModuleReference ref = ModuleFinder.of(modules.get(module)).find(module).orElseThrow();
        ref.descriptor().requires().forEach(r -> {
            if (!r.modifiers().contains(java.lang.module.ModuleDescriptor.Requires.Modifier.STATIC)) {
                collect(r.name(), modules, needed);
            }
        });
    }

    /** Module name to jar or folder, for every entry of this test run's class path that is a module. */
    static Map<String, Path> moduleLocations() {
        Map<String, Path> modules = new LinkedHashMap<>();
        List<Path> entries = new ArrayList<>();
        entries.add(location(PlanExporter.class));
        entries.add(location(CooperationPlan.class));
        entries.addAll(pathEntries(System.getProperty("jdk.module.path")));
        entries.addAll(pathEntries(System.getProperty("surefire.test.class.path")));
        for (Path p : pathEntries(System.getProperty("java.class.path"))) {
            entries.add(p);
            entries.addAll(manifestClassPath(p));
        }
        for (Path entry : entries) {
            try {
                for (ModuleReference ref : ModuleFinder.of(entry).findAll()) {
                    modules.putIfAbsent(ref.descriptor().name(), entry);
                }
            } catch (RuntimeException e) {
                // not a module, or not a valid automatic module name: not needed
            }
        }
        return modules;
    }

    private static List<Path> pathEntries(String path) {
        List<Path> result = new ArrayList<>();
        if (path != null && !path.isBlank()) {
            for (String s : path.split(java.io.File.pathSeparator)) {
                if (!s.isBlank() && Files.exists(Path.of(s))) {
                    result.add(Path.of(s));
                }
            }
        }
        return result;
    }

    /** Surefire's manifest-only jar names the real class path in its manifest. */
    private static List<Path> manifestClassPath(Path jar) {
        List<Path> result = new ArrayList<>();
        if (!jar.toString().endsWith(".jar")) {
            return result;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (cp != null) {
                for (String url : cp.trim().split("\\s+")) {
                    try {
                        Path p = Path.of(jar.getParent().toUri().resolve(url));
                        if (Files.exists(p)) {
                            result.add(p);
                        }
                    } catch (RuntimeException e) {
                        // an entry we cannot read: skip it
                    }
                }
            }
        } catch (IOException e) {
            // not a readable jar
        }
        return result;
    }

    static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The java launcher of the running JDK. */
    static String javaCommand() {
        Path fromHome = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(fromHome)) {
            return fromHome.toString();
        }
        Optional<String> command = ProcessHandle.current().info().command();
        return command.orElse("java");
    }
}
