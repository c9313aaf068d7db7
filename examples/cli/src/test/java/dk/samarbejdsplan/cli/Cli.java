package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code samarbejdsplan-cli.jar} as a separate process, as a user would. */
final class Cli {
    /** The outcome of one run. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("cli.jar", "target/samarbejdsplan-cli.jar"));
        assertTrue(Files.isRegularFile(jar), "the CLI jar is built first (mvn package): " + jar.toAbsolutePath());
        return jar;
    }

    static Path pluginDir() {
        return Path.of(System.getProperty("plugin.dir", "target/plugins"));
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
    }

    static Path plan2007() {
        return repoRoot().resolve("examples/plans/samarbejdsplan-2007.yaml");
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return runWithJvmOptions(List.of("-Duser.language=tr", "-Duser.country=TR"), workDir, args);
    }

    /**
     * Runs the CLI in a JVM started with the given options (for example another default locale or time zone)
     * instead of the default Turkish locale of {@link #run(Path, String...)}.
     */
    static Result runWithJvmOptions(List<String> jvmOptions, Path workDir, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the CLI did not finish within 120 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private Cli() {
    }
}
