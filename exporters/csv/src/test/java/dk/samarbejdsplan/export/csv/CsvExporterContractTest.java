package dk.samarbejdsplan.export.csv;

import dk.samarbejdsplan.export.testkit.ExporterContractTest;
import java.util.stream.Collectors;

/** The exporter test kit's contract, run against the CSV exporter. */
class CsvExporterContractTest extends ExporterContractTest {

    CsvExporterContractTest() {
        super("csv");
    }

    /**
     * The cells' text: parsed with Commons CSV (the Danish dialect, {@code ;} after a byte order mark, or RFC 4180
     * commas), the documented {@code '} prefix removed and control characters made again from their
     * backslash-u escapes, one cell a line.
     */
    @Override
    protected String decodeText(String output) {
        boolean bom = output.startsWith("\uFEFF");
        return CsvExpectations.parse(output, bom ? ';' : ',', bom).stream()
                .flatMap(r -> r.toList().stream())
                .map(CsvExpectations::unneutralise)
                .map(CsvExpectations::unescape)
                .collect(Collectors.joining("\n"));
    }
}
