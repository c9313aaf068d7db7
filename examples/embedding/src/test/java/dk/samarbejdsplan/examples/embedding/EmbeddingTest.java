package dk.samarbejdsplan.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the example program in a fresh JVM as a system would, once on the class path and once on the module path
 * (the program's module, the library's modules and their dependencies), with the 2007 plan.
 */
class EmbeddingTest {

    private static final Path PLAN = Path.of(System.getProperty("repo.root"), "examples/plans/samarbejdsplan-2007.yaml");

    @ParameterizedTest
    @ValueSource(strings = {"class path", "module path"})
    void readsValidatesAndExportsThe2007Plan(String path, @TempDir Path out) throws Exception {
        String classes = System.getProperty("classes");
        String dependencies = Files.readString(Path.of(System.getProperty("runtime.classpath"))).strip();
        String all = classes + File.pathSeparator + dependencies;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.language=en"));
        if (path.equals("class path")) {
            command.addAll(List.of("-cp", all, Embedding.class.getName()));
        } else {
            command.addAll(List.of("--module-path", all,
                    "-m", "dk.samarbejdsplan.examples.embedding/" + Embedding.class.getName()));
        }
        command.addAll(List.of(PLAN.toString(), out.toString()));
        Path log = out.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "finished");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);

        assertTrue(output.contains("read: Samarbejdsplan for 2007, the same from a String and an InputStream: true"),
                output);
        // the 2007 plan: no errors; VAL-009 once and VAL-407 seven times (README, "The 2007 plan's validation
        // warnings"), each printed in Danish and in English
        assertTrue(output.contains("errors: 0, warnings: 8"), output);
        assertEquals(2, count(output, "VAL-009"), output);
        assertEquals(14, count(output, "VAL-407"), output);
        // each finding names the file and its line
        assertEquals(7, count(output, "ADVARSEL VAL-407 " + PLAN + ":"), "Danish: " + output);
        assertEquals(7, count(output, "der forventes mindst"), "Danish: " + output);
        assertEquals(7, count(output, "WARNING VAL-407 " + PLAN + ":"), "English: " + output);
        assertEquals(7, count(output, "are expected"), "English: " + output);

        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("lang=\"da\""), html.substring(0, 200));
        assertTrue(Files.readString(out.resolve("plan.txt")).contains("Kredsrådet for Midt- og Vestsjællands Politi"));
        assertTrue(Files.readString(out.resolve("plan.jsonld")).contains("\"@context\""));
        List<String> csv = Files.readAllLines(out.resolve("plan.csv"));
        List<String> meetings = Files.readAllLines(out.resolve("plan-moeder.csv"));
        assertTrue(csv.size() > 35, "a row per forum");
        assertEquals(1 + 13, meetings.size(), "a header and the 13 lokalråd meetings of 2007: " + meetings);
        for (String file : List.of("index.html", "plan.csv", "plan-moeder.csv", "plan.jsonld", "plan.txt")) {
            assertTrue(output.contains("wrote " + file), output);
        }
    }

    private static int count(String text, String code) {
        Matcher m = Pattern.compile(Pattern.quote(code)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
