package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publication of the 2007 plan, with the example iCalendar plugin, is byte-identical whatever the JVM's
 * default locale ({@code tr-TR}, whose dotless i breaks naive case mapping; {@code da-DK}; {@code en-US}) and
 * default time zone ({@code UTC}; {@code Pacific/Kiritimati}, UTC+14, already "tomorrow"; {@code
 * America/Los_Angeles}, UTC−8, still "yesterday"), and also with a Latin-1 default charset and CRLF as the
 * platform line separator. Each setting is a separate JVM process running the built jar.
 */
class DeterminismEndToEndTest {
    private static final List<String> LOCALES = List.of("tr-TR", "da-DK", "en-US");
    private static final List<String> ZONES = List.of("UTC", "Pacific/Kiritimati", "America/Los_Angeles");

    @TempDir
    Path dir;

    private static List<String> jvm(String locale, String zone, String... more) {
        String[] parts = locale.split("-");
        List<String> options = new ArrayList<>(List.of("-Duser.language=" + parts[0], "-Duser.country=" + parts[1],
                "-Duser.timezone=" + zone));
        options.addAll(List.of(more));
        return options;
    }

    /** Publishes into a new folder with these JVM options and returns the files. */
    private Map<String, byte[]> publish(String name, List<String> jvm, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("publish", Cli.plan2007().toString(), "--out", name,
                "--plugin-path", Cli.pluginDir().toAbsolutePath().toString()));
        args.addAll(List.of(extra));
        Cli.Result result = Cli.runWithJvmOptions(jvm, dir, args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), () -> jvm + "\n" + result);
        CliEndToEndTest.assertNoStackTrace(result);
        return CliEndToEndTest.contents(dir.resolve(name));
    }

    /** Where two publications differ: file names, then the first differing line of each differing file. */
    private static List<String> differences(String what, Map<String, byte[]> expected, Map<String, byte[]> actual) {
        List<String> differences = new ArrayList<>();
        if (!expected.keySet().equals(actual.keySet())) {
            differences.add(what + ": files " + actual.keySet() + " instead of " + expected.keySet());
            return differences;
        }
        for (String file : expected.keySet()) {
            if (!Arrays.equals(expected.get(file), actual.get(file))) {
                String[] a = new String(expected.get(file), StandardCharsets.UTF_8).split("\n", -1);
                String[] b = new String(actual.get(file), StandardCharsets.UTF_8).split("\n", -1);
                int line = 0;
                while (line < Math.min(a.length, b.length) && a[line].equals(b[line])) {
                    line++;
                }
                differences.add(what + ": " + file + " differs at line " + (line + 1) + ":\n  reference: "
                        + (line < a.length ? a[line] : "(end)") + "\n  this run:  " + (line < b.length ? b[line]
                        : "(end)"));
            }
        }
        return differences;
    }

    @Test
    void thePublicationIsTheSameInEveryLocaleAndTimeZone() throws Exception {
        Map<String, byte[]> reference = publish("ref", jvm("en-US", "UTC"));
        assertTrue(reference.containsKey("samarbejdsplan-2007.ics"), "the plugin's calendar is part of it: "
                + reference.keySet());
        assertEquals(8, reference.size(), reference.keySet()::toString);
        List<String> differences = new ArrayList<>();
        int n = 0;
        for (String locale : LOCALES) {
            for (String zone : ZONES) {
                if (locale.equals("en-US") && zone.equals("UTC")) {
                    continue;
                }
                String what = locale + " " + zone;
                differences.addAll(differences(what, reference, publish("run-" + n++, jvm(locale, zone))));
            }
        }
        // a platform whose default charset is Latin-1 and whose line separator is CRLF
        differences.addAll(differences("tr-TR Pacific/Kiritimati ISO-8859-1 CRLF", reference,
                publish("run-" + n, jvm("tr-TR", "Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1",
                        "-Dline.separator=\r\n"))));
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    @Test
    void theEnglishPublicationIsTheSameInEveryLocaleAndTimeZone() throws Exception {
        Map<String, byte[]> reference = publish("ref", jvm("en-US", "America/Los_Angeles"), "--lang", "en");
        List<String> differences = new ArrayList<>();
        differences.addAll(differences("tr-TR Pacific/Kiritimati", reference,
                publish("tr", jvm("tr-TR", "Pacific/Kiritimati"), "--lang", "en")));
        differences.addAll(differences("da-DK UTC", reference, publish("da", jvm("da-DK", "UTC"), "--lang", "en")));
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }
}
