package dk.samarbejdsplan.export.html;

import dk.samarbejdsplan.export.html.internal.HtmlExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: renders the 2007 plan to {@code /tmp/plan-2007-da.html} and {@code -en.html} and saves
 * screenshots (desktop, phone, print, without CSS) to {@code /tmp/shot-*.png} for a person to look at. Run
 * from {@code exporters/html} after {@code mvn test-compile}:
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dk.samarbejdsplan.export.html.ScreenshotTool
 * </pre>
 */
public final class ScreenshotTool {
    private ScreenshotTool() {
    }

    /**
     * Writes the pages and the screenshots.
     *
     * @param args not used
     * @throws Exception if rendering or the browser fails
     */
    public static void main(String[] args) throws Exception {
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
                c.load("p.html", sb.toString(), size[0], size[1]);
                long height = ((Number) c.script("return document.documentElement.scrollHeight;")).longValue();
                int shot = 0;
                for (long y = 0; y < height && shot < 40; y += size[1] - 50, shot++) {
                    c.script("window.scrollTo(0," + y + ");");
                    Path file = Path.of(String.format(java.util.Locale.ROOT, "/tmp/shot-%d-%02d.png", size[0], shot));
                    Files.write(file, c.screenshot());
                }
                System.out.println(size[0] + ": " + shot + " screenshots, page height " + height);
            }
            c.load("p.html", sb.toString(), 800, 1100);
            c.emulatePrint(true);
            for (int shot = 0; shot < 4; shot++) {
                c.script("window.scrollTo(0," + (shot * 1050) + ");");
                Files.write(Path.of("/tmp/shot-print-" + shot + ".png"), c.screenshot());
            }
            c.emulatePrint(false);
            c.script("document.querySelector('style').remove(); window.scrollTo(0, 0);");
            for (int shot = 0; shot < 3; shot++) {
                c.script("window.scrollTo(0," + (1200 + shot * 1050) + ");");
                Files.write(Path.of("/tmp/shot-nocss-" + shot + ".png"), c.screenshot());
            }
            c.load("p.html", en.toString(), 1280, 1000);
            Files.write(Path.of("/tmp/shot-en-0.png"), c.screenshot());
            c.script("window.scrollTo(0, 2600);");
            Files.write(Path.of("/tmp/shot-en-1.png"), c.screenshot());
        }
    }
}
