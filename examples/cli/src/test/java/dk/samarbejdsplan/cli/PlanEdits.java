package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text edits of the 2007 plan file, for tests that need a changed plan. */
final class PlanEdits {
    private PlanEdits() {
    }

    /** Replaces a text that must occur in the file. */
    static String replace(String text, String from, String to) {
        String result = text.replace(from, to);
        assertNotEquals(text, result, "the 2007 plan file contains " + from);
        return result;
    }

    /**
     * The 2007 plan with: "Møder med pressen" removed, a new forum added to Pressen, the kredsråd meeting 6 times,
     * the first forum of Dyreværn- og fødevarer moved to Beredskab, and a second date for Kalundborg.
     */
    static Path changedCopyOf2007(Path dir) throws IOException {
        String yaml = Files.readString(Cli.plan2007());
        yaml = replace(yaml, "id: moeder-med-pressen", "id: moeder-med-groenlands-politi");
        yaml = replace(yaml, "name: \"Møder med pressen\"", "name: \"Møder med Grønlands Politi\"");
        int kreds = yaml.indexOf("id: kredsraadet");
        int freq = yaml.indexOf("frequency: \"Min. 4\"", kreds);
        yaml = yaml.substring(0, freq) + "frequency: \"6\"" + yaml.substring(freq + "frequency: \"Min. 4\"".length());
        yaml = replace(yaml, "[2007-11-29]", "[2007-11-29, 2007-12-13]");
        // move: cut the first forum of "Dyreværn- og fødevarer" and paste it as the last forum of "Beredskab"
        int forumStart = yaml.indexOf("      - id: foedevareregionen-overordnet\n");
        int forumEnd = yaml.indexOf("      - id: ", forumStart + 1);
        String forum = yaml.substring(forumStart, forumEnd);
        yaml = yaml.substring(0, forumStart) + yaml.substring(forumEnd);
        int insertAt = yaml.indexOf("  - id: dyrevaern-og-foedevarer\n");
        insertAt = yaml.lastIndexOf("\n  #", insertAt) + 1;
        yaml = yaml.substring(0, insertAt) + forum + yaml.substring(insertAt);
        Path file = dir.resolve("samarbejdsplan-2007-changed.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
