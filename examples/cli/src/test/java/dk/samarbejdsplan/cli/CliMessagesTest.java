package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI's messages, run in this JVM: languages, help texts, findings, escaping, diff of invalid plans. */
class CliMessagesTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path plan2007() {
        return Path.of("../plans/samarbejdsplan-2007.yaml").toAbsolutePath().normalize();
    }

    private Path editedPlan(String from, String to) throws Exception {
        String yaml = PlanEdits.replace(Files.readString(plan2007()), from, to);
        Path file = dir.resolve("samarbejdsplan-2007-edited.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void anUnknownLanguageIsWrongUsageNamingTheLanguages() {
        Run run = run("--lang", "fr", "validate", plan2007().toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("\"fr\"") && run.err().contains("da (dansk)")
                && run.err().contains("en (engelsk)"), run::toString);
        assertEquals(2, run("--lang=xx", "formats").exitCode());
    }

    @Test
    void anEmptyOutputFolderIsWrongUsage() {
        Run run = run("publish", plan2007().toString(), "--out", "");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--out"), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "en"})
    void noHelpTextShowsAPlaceholder(String language) {
        Pattern placeholder = Pattern.compile("\\{\\d+\\}");
        for (List<String> command : List.of(List.of("--help"), List.of("publish", "--help"),
                List.of("validate", "--help"), List.of("formats", "--help"), List.of("new-year", "--help"),
                List.of("diff", "--help"), List.of("help", "help"))) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--lang", language),
                    command.stream()).toArray(String[]::new);
            Run run = run(args);
            assertEquals(0, run.exitCode(), command + ": " + run);
            Matcher m = placeholder.matcher(run.out());
            assertFalse(m.find(), command + " shows a placeholder: " + run.out());
            assertFalse(run.out().contains("${"), command + ": " + run.out());
        }
    }

    @Test
    void danishHelpHasNoEnglishDescriptionOfTheHelpCommand() {
        Run run = run("--help");
        assertTrue(run.out().contains("Vis hjælpen til en kommando."), run::toString);
        assertFalse(run.out().contains("Display help information"), run::toString);
    }

    @Test
    void findingsBeyondTheLimitAreCountedPerCode() throws Exception {
        Run all = run("--lang", "en", "validate", plan2007().toString(), "--max-findings", "1000");
        long findings = all.err().lines().filter(l -> l.startsWith("WARNING") || l.startsWith("ERROR")).count();
        assertTrue(findings >= 2, "the 2007 plan has warnings to cut: " + all);

        Run cut = run("--lang", "en", "validate", plan2007().toString(), "--max-findings", "1");
        List<String> lines = cut.err().lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.startsWith("WARNING") || l.startsWith("ERROR")).count(),
                cut::toString);
        assertTrue(cut.err().contains("... and " + (findings - 1) + " more finding(s)"), cut::toString);
        int counted = 0;
        for (String line : lines) {
            Matcher m = Pattern.compile("^ {2}(VAL-\\d+): (\\d+)$").matcher(line);
            if (m.matches()) {
                counted += Integer.parseInt(m.group(2));
            }
        }
        assertEquals(findings - 1, counted, cut::toString);
        assertEquals(all.exitCode(), cut.exitCode());
        assertEquals(2, run("validate", plan2007().toString(), "--max-findings", "-1").exitCode());
    }

    @Test
    void controlCharactersAndBidiOverridesFromAPlanNeverReachTheTerminalRaw() throws Exception {
        Path plan = editedPlan("name: \"Møder med pressen\"",
                "name: \"Møder\\e[2K\\r0 fejl\\u202Emed pressen\\a\"");
        Path other = dir.resolve("other.yaml");
        Files.copy(plan2007(), other);
        for (List<String> command : List.of(List.of("validate", plan.toString()),
                List.of("diff", other.toString(), plan.toString()),
                List.of("diff", other.toString(), plan.toString(), "--format", "html"))) {
            Run run = run(command.toArray(String[]::new));
            String all = run.out() + run.err();
            for (char c : all.toCharArray()) {
                assertFalse(c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == '\u202E',
                        command + " printed the raw character U+" + Integer.toHexString(c) + ": " + run);
            }
            // the plan breaks VAL-013 (raw characters): validate and diff name the text, escaped, and refuse it
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(all.contains("\\u001B[2K\\u000D0 fejl\\u202Emed pressen\\u0007"), run::toString);
        }
    }

    @Test
    void danishDiffShowsTheStatusInDanish() throws Exception {
        Path draft = editedPlan("status: adopted", "status: draft");
        Run run = run("diff", plan2007().toString(), draft.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\u201cvedtaget\u201d \u2192 \u201cudkast\u201d"), run::toString);
        assertFalse(run.out().contains("adopted") || run.out().contains("draft"), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"code: \"253\", name: Greve|code: \"25a\", name: Greve",
        "  - id: kontakt-med-lokalsamfundet|  - id: a]b"})
    void diffOfAPlanThatReadsButIsInvalidNamesTheFileAndTheValue(String edit) throws Exception {
        String[] parts = edit.split("\\|");
        Path invalid = editedPlan(parts[0], parts[1]);
        Run run = run("--lang", "en", "diff", plan2007().toString(), invalid.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains(invalid.toString()), run::toString);
        String value = parts[1].contains("25a") ? "25a" : "a]b";
        assertTrue(run.err().contains(value), "the invalid value is named: " + run);
        assertFalse(run.err().contains("Internal error") || run.err().contains("Intern fejl"), run::toString);
    }
}
