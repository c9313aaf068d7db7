package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RenderSmokeTest {
    @Test
    void renders() throws Exception {
        StringBuilder sb = new StringBuilder();
        new HtmlExporter().export(TestPlans.handBuilt2007(), ExportOptions.defaults(), sb);
        Files.writeString(Path.of("/tmp/html-smoke-da.html"), sb);
        StringBuilder en = new StringBuilder();
        new HtmlExporter().export(TestPlans.handBuilt2007(), ExportOptions.builder().language(Language.EN).build(), en);
        Files.writeString(Path.of("/tmp/html-smoke-en.html"), en);
        assertTrue(sb.indexOf("<h1>") > 0);
    }
}
