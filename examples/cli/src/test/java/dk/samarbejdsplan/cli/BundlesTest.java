package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource bundle of every module ({@code *.properties} under {@code src/main}): no key defined twice (the
 * second definition silently wins: {@code publish.timeout} once described the option with an error message), and
 * the CLI's bundles have the same keys in Danish and English.
 */
class BundlesTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void noBundleOfAnyModuleDefinesAKeyTwice() throws IOException {
        List<Path> bundles;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            bundles = walk.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/"))
                    .filter(p -> !p.toString().replace('\\', '/').contains("/target/")).toList();
        }
        assertTrue(bundles.size() >= 4, "the bundles are found: " + bundles);
        List<String> duplicates = new ArrayList<>();
        for (Path bundle : bundles) {
            Set<String> seen = new HashSet<>();
            for (String key : keys(bundle)) {
                if (!seen.add(key)) {
                    duplicates.add(ROOT.relativize(bundle) + ": " + key);
                }
            }
        }
        assertEquals(List.of(), duplicates);
    }

    @Test
    void theCliSpeaksDanishAndEnglishWithTheSameKeys() throws IOException {
        Path folder = Path.of("src/main/resources/dk/samarbejdsplan/cli");
        assertEquals(Set.copyOf(keys(folder.resolve("Messages_da.properties"))),
                Set.copyOf(keys(folder.resolve("Messages.properties"))));
    }

    /** The keys of a properties file in the order written, repeated ones repeated (continuation lines skipped). */
    static List<String> keys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.stripLeading();
            boolean wasContinued = continued;
            continued = endsWithOddBackslashes(line);
            if (wasContinued || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    key.append(line.charAt(++i));
                } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    break;
                } else {
                    key.append(c);
                }
            }
            keys.add(key.toString());
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
