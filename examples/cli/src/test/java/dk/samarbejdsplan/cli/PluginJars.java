package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds small exporter plugin jars in a test, compiled against the exporter API on the test class path. */
final class PluginJars {
    private PluginJars() {
    }

    /**
     * A plugin jar with one exporter class.
     *
     * @param folder where to put the jar
     * @param jarName the jar's file name
     * @param className the exporter's simple class name (package {@code test.plugin})
     * @param body the class body: the members after the class declaration's opening brace
     * @return the jar
     */
    static Path exporter(Path folder, String jarName, String className, String body) throws IOException {
        Path src = Files.createTempDirectory("plugin-src");
        Path classes = Files.createTempDirectory("plugin-classes");
        Path file = src.resolve("test/plugin/" + className + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package test.plugin;\n"
                + "import dk.samarbejdsplan.export.*;\n"
                + "import dk.samarbejdsplan.model.*;\n"
                + "public class " + className + " implements PlanExporter {\n" + body + "\n}\n");
        // the JDK's javac next to the running java
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Process process = new ProcessBuilder(javac.toString(), "--release", "17", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), file.toString()).inheritIO().start();
        try {
            assertTrue(process.waitFor() == 0, "the test plugin compiles");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Files.createDirectories(folder);
        Path jar = folder.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                    Files.copy(p, out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry("META-INF/services/dk.samarbejdsplan.export.PlanExporter"));
            out.write(("test.plugin." + className + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** The members of an exporter with the given id that writes {@code text} and then runs {@code then}. */
    static String members(String id, String then) {
        return String.join("\n", List.of(
                "public String id() { return \"" + id + "\"; }",
                "public String displayName() { return \"Test " + id + "\"; }",
                "public String mediaType() { return \"text/plain\"; }",
                "public String fileExtension() { return \"" + id + "\"; }",
                "public void export(CooperationPlan plan, ExportOptions options, Appendable out)"
                        + " throws java.io.IOException {",
                "  out.append(\"begun \" + plan.title());",
                "  " + then,
                "}"));
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }
}
