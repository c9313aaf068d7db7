package dk.samarbejdsplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import modulecheck.ModulePathMain;
import org.junit.jupiter.api.Test;

/**
 * The module works as a named module: Hibernate Validator reaches the model through its records' public
 * accessors (the model opens nothing) and the constraint validators through plan-validation's {@code opens},
 * and the message bundles load from the module. The
 * tests themselves run on the class path, so this one starts a JVM with the module path.
 */
class ModulePathTest {

    /** The jars plan-validation needs at run time (and nothing of the test tooling). */
    private static final List<String> RUNTIME_JARS = List.of("plan-model", "jackson-core", "jackson-databind",
            "jackson-annotations", "jackson-dataformat-yaml", "snakeyaml-engine", "hibernate-validator",
            "jakarta.validation-api", "jboss-logging", "classmate");

    @Test
    void validatesAsANamedModule() throws Exception {
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.asList(testClassPath.split(File.pathSeparator));
        List<String> modulePath = new ArrayList<>();
        modulePath.add(Path.of("target", "classes").toAbsolutePath().toString());
        for (String entry : entries) {
            String name = Path.of(entry).getFileName().toString();
            if (RUNTIME_JARS.stream().anyMatch(jar -> name.startsWith(jar + "-"))) {
                modulePath.add(entry);
            }
        }
        assertEquals(RUNTIME_JARS.size() + 1, modulePath.size(), () -> "module path: " + modulePath);
        String classPath = Path.of("target", "test-classes").toAbsolutePath().toString();

        Path output = Files.createTempFile("module-path", ".txt");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                    "--module-path", String.join(File.pathSeparator, modulePath),
                    "--add-modules", "dk.samarbejdsplan.validation",
                    "-cp", classPath, ModulePathMain.class.getName())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM did not finish");
            String out = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), out);
            List<String> lines = out.lines().collect(Collectors.toList());
            assertEquals(List.of(
                    "module=dk.samarbejdsplan.validation",
                    "model=dk.samarbejdsplan.model",
                    "FEJL VAL-206 categories[0].forums[0].representatives: Forum \"${'a'.toUpperCase()}\" (kategori 1"
                            + " \"Kontakt med lokalsamfundet m.v.\"): repræsentanter mangler — angiv mindst én.",
                    "ERROR VAL-206 categories[0].forums[0].representatives: Forum \"${'a'.toUpperCase()}\" (category 1"
                            + " \"Kontakt med lokalsamfundet m.v.\"): representatives are missing — give at least one."),
                    lines, out);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
