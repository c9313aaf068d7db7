package dk.samarbejdsplan.export.text;

import dk.samarbejdsplan.export.testkit.ExporterContractTest;

/**
 * The exporter test kit's contract, run against the text exporter. The kit's default forum check (the name
 * with white space runs compared as one space) fits a wrapping exporter; the text shows control characters as
 * backslash-u escapes, which {@link #decodeText} undoes.
 */
class TextExporterContractTest extends ExporterContractTest {

    TextExporterContractTest() {
        super("text");
    }

    @Override
    protected String decodeText(String output) {
        return TextExpectations.unescape(output);
    }
}
