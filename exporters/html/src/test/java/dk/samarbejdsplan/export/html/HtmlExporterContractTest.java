package dk.samarbejdsplan.export.html;

import dk.samarbejdsplan.export.html.internal.HtmlExporter;
import dk.samarbejdsplan.export.testkit.ExporterContractTest;
import org.jsoup.Jsoup;

/**
 * The exporter contract of the test kit, run against the HTML exporter found through ServiceLoader by its id
 * {@code html}: registration, metadata, both languages, UTF-8, determinism, the caller's stream left open,
 * every forum included, Unicode kept, thread safety and generated plans.
 */
class HtmlExporterContractTest extends ExporterContractTest {

    HtmlExporterContractTest() {
        super("html");
    }

    /** The text a reader sees: the HTML parsed, entities resolved, markup dropped (invisible characters kept). */
    @Override
    protected String decodeText(String output) {
        return Jsoup.parse(output).body().wholeText();
    }
}
