package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the AppCDS archive that the build makes for the launcher ({@code examples/cli/pom.xml},
 * {@code benchmarks/coldstart.sh}): run with {@code -XX:DumpLoadedClassList}, it runs the tool's commands the
 * way a user does, in this one JVM, so that the list names every class they load; {@code -Xshare:dump} then
 * maps those classes (and the lambda forms they use) into the archive. Not part of the tool's interface.
 *
 * <p>The commands: {@code publish} of the plan in Danish (all formats) and in English, {@code validate}, {@code formats}, the usage help, {@code new-year}
 * to a JSON plan, {@code publish} and {@code diff} of that JSON plan. Their output is thrown away; the exit
 * status is 0 when every command did what it should.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /**
     * Runs the training.
     *
     * @param args the plan to train on (the 2007 plan) and an empty or missing scratch folder for the outputs
     * @throws Exception if the scratch folder cannot be made
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CdsTraining PLAN SCRATCH-FOLDER");
            System.exit(Main.USAGE);
        }
        String plan = args[0];
        Path scratch = Path.of(args[1]);
        Files.createDirectories(scratch);
        String json = scratch.resolve("next-year.json").toString();
        Files.deleteIfExists(Path.of(json));
        List<String[]> commands = List.of(
                new String[] {"publish", plan, "--out", scratch.resolve("da").toString()},
                new String[] {"--lang", "en", "publish", plan, "--out", scratch.resolve("en").toString()},
                new String[] {"validate", plan},
                new String[] {"formats"},
                new String[] {"--help"},
                new String[] {"publish", "--help"},
                new String[] {"new-year", plan, "--year", "2008", "--out", json},
                new String[] {"publish", json, "--out", scratch.resolve("json").toString()},
                new String[] {"diff", plan, json});
        PrintWriter nowhere = new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(),
                StandardCharsets.UTF_8), true);
        List<String> failed = new ArrayList<>();
        for (String[] command : commands) {
            int code = Main.run(command, nowhere, nowhere);
            if (code != Main.OK) {
                failed.add(String.join(" ", command) + " (exit " + code + ")");
            }
        }
        if (!failed.isEmpty()) {
            System.err.println("CdsTraining: failed: " + String.join("; ", failed));
            System.exit(Main.FAILED);
        }
        System.exit(Main.OK);
    }
}
