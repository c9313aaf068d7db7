package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's launcher ({@code examples/cli/samarbejdsplan}: the start-up archive, C1 only, serial GC) is the
 * only second way to start the tool: it must give the same publication, byte for byte, as plain
 * {@code java -jar}, with and without its archive.
 */
class LauncherEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void theLauncherPublishesExactlyWhatJavaJarPublishes() throws Exception {
        Cli.Result plain = Cli.run(dir, "publish", Cli.plan2007().toString(), "--out", "plain");
        assertEquals(0, plain.exitCode(), plain.err());
        for (String cds : List.of("on", "off")) {
            Path launcher = Cli.repoRoot().resolve("examples/cli/samarbejdsplan");
            ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "publish",
                    Cli.plan2007().toString(), "--out", "launched-" + cds)
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("SAMARBEJDSPLAN_JAR", Cli.jar().toAbsolutePath().toString());
            builder.environment().put("SAMARBEJDSPLAN_CDS", cds);
            builder.environment().put("JAVA_HOME", Path.of(ProcessHandle.current().info().command().orElseThrow())
                    .getParent().getParent().toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            assertEquals(0, process.exitValue(), output);
            Map<String, byte[]> expected = CliEndToEndTest.contents(dir.resolve("plain"));
            Map<String, byte[]> actual = CliEndToEndTest.contents(dir.resolve("launched-" + cds));
            assertEquals(expected.keySet(), actual.keySet(), "the files of the publication");
            for (String name : expected.keySet()) {
                assertArrayEquals(expected.get(name), actual.get(name), name + " with the archive " + cds);
            }
        }
    }
}
