package dk.samarbejdsplan.export.html;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: renders the 2007 plan and saves screenshots to /tmp for a person to look at. Run with
 * {@code mvn test -pl exporters/html -Dtest=ScreenshotTool}; Surefire's default includes skip it.
 */
class ScreenshotTool {
    @Test
    void screenshots() throws Exception {
        ExportOptions da = ExportOptions.builder().relatedFiles(List.of(
                new RelatedFile("samarbejdsplan-2007.csv", "text/csv", "Regneark (CSV)"),
                new RelatedFile("samarbejdsplan-2007.jsonld", "application/ld+json", "Linked data (JSON-LD)"))).build();
        StringBuilder sb = new StringBuilder();
        new HtmlExporter().export(TestPlans.plan2007(), da, sb);
        Files.writeString(Path.of("/tmp/plan-2007-da.html"), sb);
        StringBuilder en = new StringBuilder();
        new HtmlExporter().export(TestPlans.plan2007(), da.toBuilder().language(Language.EN).build(), en);
        Files.writeString(Path.of("/tmp/plan-2007-en.html"), en);
        try (HeadlessChromium c = HeadlessChromium.start()) {
            for (int[] size : new int[][] {{1280, 1000}, {375, 800}}) {
                c.analyze("p.html", sb.toString(), size[0], size[1]);
                long height = ((Number) c.script("return document.documentElement.scrollHeight;")).longValue();
                int shot = 0;
                for (long y = 0; y < height && shot < 40; y += size[1] - 50, shot++) {
                    c.script("window.scrollTo(0," + y + ");");
                    Path file = Path.of(String.format(java.util.Locale.ROOT, "/tmp/shot-%d-%02d.png", size[0], shot));
                    Files.write(file, c.screenshot());
                }
                System.out.println(size[0] + ": " + shot + " screenshots, page height " + height);
            }
        }
    }
}
