package dk.samarbejdsplan.export.text;

import dk.samarbejdsplan.export.testkit.ExporterContractTest;

/**
 * The exporter test kit's contract, run against the text exporter. The kit's default forum check (the name
 * with white space runs compared as one space) fits a wrapping exporter, so no hook is overridden.
 */
class TextExporterContractTest extends ExporterContractTest {

    @Override
    protected String exporterId() {
        return "text";
    }
}
