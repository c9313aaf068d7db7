package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All markup of the page is in the templates: no string literal in the module's main Java sources holds an HTML
 * or SVG tag ({@code <tr}, {@code <td}, {@code <dt>}, {@code </p>} …). Comments may name tags.
 */
class NoMarkupInJavaTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"\"\".*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:[\\s/>]|$)");

    static List<String> markupIn(String source) {
        // strings first, so that "//" or "/*" inside a string is not taken for a comment
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(STRING.pattern() + "|" + COMMENT.pattern(), Pattern.DOTALL).matcher(source);
        while (m.find()) {
            String token = m.group();
            if (token.startsWith("\"") && TAG.matcher(token.substring(1, token.length() - 1)).find()) {
                found.add(token);
            }
        }
        return found;
    }

    @Test
    void theScanFindsMarkupInStringsAndIgnoresComments() {
        assertEquals(List.of("\"<tr>\"", "\"</td>\"", "\"<dt>\"", "\"<li class=x>\"", "\"<p\"", "\"<svg \""),
                markupIn("/** {@code <tr>} */ // <td>\nw(\"<tr>\"); w(\"</td>\"); w(\"<dt>\"); w(\"<li class=x>\");"
                        + " w(\"<p\"); w(\"<svg \");"));
        assertEquals(List.of(), markupIn("String a = \"a < b\"; String e = \"&lt;\"; char c = '<'; // <p>"));
    }

    @Test
    void noJavaSourceWritesMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String literal : markupIn(Files.readString(file))) {
                    found.add(MAIN.relativize(file) + ": " + literal);
                }
            }
        }
        assertTrue(Files.isDirectory(MAIN.resolve("dk/samarbejdsplan/export/html")), "the sources were not found");
        assertEquals(List.of(), found, "markup belongs in the templates");
    }
}
