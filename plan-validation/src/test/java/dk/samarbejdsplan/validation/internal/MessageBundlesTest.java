package dk.samarbejdsplan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Language;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Danish and English bundles stay in step, and every rule has its message in both. */
class MessageBundlesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]+)}");
    private final MessageBundles bundles = new MessageBundles();

    private static Set<String> keys(ResourceBundle bundle) {
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @Test
    void theDanishBundleHasEveryKeyOfTheEnglishOneAndNoOther() {
        Set<String> english = keys(bundles.bundle(Language.EN));
        Set<String> danish = keys(bundles.bundle(Language.DA));
        Set<String> missingInDanish = new TreeSet<>(english);
        missingInDanish.removeAll(danish);
        Set<String> missingInEnglish = new TreeSet<>(danish);
        missingInEnglish.removeAll(english);
        assertEquals(Set.of(), missingInDanish, "keys of ValidationMessages.properties missing in _da");
        assertEquals(Set.of(), missingInEnglish, "keys of ValidationMessages_da.properties missing in the English bundle");
    }

    @Test
    void everyRuleHasAMessageInBothLanguagesAndEveryRuleKeyIsARule() {
        for (Language language : Language.values()) {
            Set<String> keys = keys(bundles.bundle(language));
            for (Rule rule : Rule.values()) {
                assertTrue(keys.contains(rule.code()), rule.code() + " has no message in " + language);
                assertFalse(bundles.bundle(language).getString(rule.code()).isBlank());
            }
            for (String key : keys) {
                if (key.startsWith("VAL-")) {
                    assertTrue(Rule.fromCode(key).isPresent(), key + " in the " + language + " bundle is not a rule");
                }
            }
        }
    }

    @Test
    void bothLanguagesUseTheSameParametersInEachMessage() {
        for (String key : keys(bundles.bundle(Language.EN))) {
            assertEquals(parameters(bundles.bundle(Language.EN).getString(key)),
                    parameters(bundles.bundle(Language.DA).getString(key)), key);
        }
    }

    @Test
    void everyRuleMessageStartsWithTheElementItIsAbout() {
        for (Language language : Language.values()) {
            for (Rule rule : Rule.values()) {
                assertTrue(bundles.bundle(language).getString(rule.code()).startsWith("{Element}: "),
                        rule.code() + " " + language);
            }
        }
    }

    @Test
    void theBundlesAreReadAsUtf8AndDoNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("da-DK"));
            MessageBundles underDanishDefault = new MessageBundles();
            assertTrue(underDanishDefault.getResourceBundle(Locale.ENGLISH).getString("VAL-206")
                    .contains("representatives are missing"));
            assertTrue(underDanishDefault.getResourceBundle(Locale.forLanguageTag("da")).getString("VAL-206")
                    .contains("repræsentanter mangler — angiv mindst én."));
            Locale.setDefault(Locale.GERMANY);
            assertNotEquals(new MessageBundles().getResourceBundle(Locale.GERMANY).getString("VAL-206"),
                    bundles.bundle(Language.DA).getString("VAL-206"), "a foreign locale gets English, not Danish");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> parameters(String message) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
