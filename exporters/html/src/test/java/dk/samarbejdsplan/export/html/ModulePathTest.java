package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exporter works as a named module: found through {@code provides}, its templates loaded through its own
 * class, Velocity reaching the view records (qualified export) and its own dependencies (slf4j, commons-lang3)
 * resolved. Runs a small program in a separate JVM with only the runtime jars on the module path.
 */
class ModulePathTest {
    @TempDir
    Path dir;

    private static final List<String> RUNTIME = List.of("exporter-api", "plan-model", "jackson-", "snakeyaml",
            "velocity-engine-core", "commons-lang3", "slf4j-api", "slf4j-nop");

    @Test
    void foundAndRenderedOnTheModulePath() throws Exception {
        List<String> modulePath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            boolean ownClasses = entry.endsWith("exporters" + File.separator + "html" + File.separator + "target"
                    + File.separator + "classes");
            if (ownClasses || (name.endsWith(".jar") && RUNTIME.stream().anyMatch(name::startsWith))) {
                modulePath.add(entry);
            }
        }
        Path main = dir.resolve("Main.java");
        Files.writeString(main, String.join("\n",
                "import dk.samarbejdsplan.export.*;",
                "import dk.samarbejdsplan.model.*;",
                "import java.util.*;",
                "public class Main {",
                "  public static void main(String[] args) throws Exception {",
                "    PlanExporter html = ServiceLoader.load(PlanExporter.class).stream().map(ServiceLoader.Provider::get)",
                "        .filter(e -> e.id().equals(\"html\")).findFirst().orElseThrow();",
                "    CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of(\"Kreds\")).year(2007)",
                "        .category(\"c\", \"Kategori\", List.of(Forum.builder().id(\"f\").name(\"Forum <b>\").topic(\"Emne\")",
                "        .representatives(List.of(\"Politidirektøren\")).frequency(\"Min. 4\").build())).build();",
                "    StringBuilder sb = new StringBuilder();",
                "    html.export(plan, ExportOptions.defaults(), sb);",
                "    System.out.println(html.getClass().getModule().getName());",
                "    System.out.println(sb.toString().contains(\"<th scope=\\\"row\\\" id=\\\"forum-f\\\">Forum &lt;b&gt;</th>\"));",
                "  }",
                "}"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "dk.samarbejdsplan.export.html", main.toString())
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the module-path JVM did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output + "\nmodule path: " + modulePath);
        assertEquals(List.of("dk.samarbejdsplan.export.html", "true"),
                output.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList()), output);
    }
}
