package dk.samarbejdsplan.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The standalone plugin pom the README shows in full ("Writing an exporter plugin") is the archetype's pom with the
 * example's values, so the pom a reader copies is the one the test command generates and builds.
 */
class ReadmePluginPomTest {

    private static final Path ROOT = Path.of(System.getProperty("repo.root"));

    @Test
    void theReadmesPomIsTheArchetypesPom() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("**Or start from this pom**");
        assertTrue(section > 0, "the README shows the pom");
        int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));

        String template = Files.readString(ROOT.resolve(
                "plugin-archetype/src/main/resources/archetype-resources/pom.xml"));
        String version = Files.readString(ROOT.resolve("bom/pom.xml"))
                .replaceAll("(?s).*?<artifactId>samarbejdsplan-bom</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        String expected = template.replace("${groupId}", "org.example")
                .replace("${artifactId}", "my-format-exporter")
                .replace("<version>${version}</version>", "<version>1.0.0-SNAPSHOT</version>")
                .replace("${id}", "my-format")
                .replace("${samarbejdsplanVersion}", version);
        assertEquals(expected, shown);
    }
}
