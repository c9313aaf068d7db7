package dk.samarbejdsplan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code plan-validation/RULES.md} lists every rule with its severity, and no rule that does not exist. */
class RulesDocumentTest {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`?(VAL-\\d{3})`?\\s*\\|\\s*(ERROR|WARNING)\\s*\\|",
            Pattern.MULTILINE);

    @Test
    void rulesMdHasOneRowPerRuleWithItsSeverity() throws IOException {
        String document = Files.readString(Path.of("RULES.md"), StandardCharsets.UTF_8);
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(document);
        while (m.find()) {
            String previous = documented.put(m.group(1), m.group(2));
            assertEquals(null, previous, m.group(1) + " is listed twice");
        }
        Map<String, String> rules = new TreeMap<>();
        for (Rule rule : Rule.values()) {
            rules.put(rule.code(), rule.severity().name());
        }
        assertEquals(rules, documented);
    }
}
