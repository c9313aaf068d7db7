package dk.samarbejdsplan.export.html;

import dk.samarbejdsplan.export.html.internal.HtmlExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Renders plans for the tests. */
final class Render {
    static final HtmlExporter EXPORTER = new HtmlExporter();

    static final List<RelatedFile> RELATED = List.of(
            new RelatedFile("samarbejdsplan-2007.csv", "text/csv", "Regneark (CSV)"),
            new RelatedFile("samarbejdsplan-2007.jsonld", "application/ld+json", "Linked data (JSON-LD)"),
            new RelatedFile("samarbejdsplan 2007 æøå.txt", "text/plain; charset=utf-8", "Tekst til skærmlæsere"));

    private Render() {
    }

    static String html(CooperationPlan plan, ExportOptions options) {
        StringBuilder sb = new StringBuilder();
        try {
            EXPORTER.export(plan, options, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    static String html(CooperationPlan plan, Language language) {
        return html(plan, ExportOptions.builder().language(language).build());
    }

    static String withDownloads(CooperationPlan plan, Language language) {
        return html(plan, ExportOptions.builder().language(language).relatedFiles(RELATED).build());
    }
}
