package dk.samarbejdsplan.export.csv;

import dk.samarbejdsplan.export.testkit.ExporterContractTest;
import java.util.stream.Collectors;

/** The exporter test kit's contract, run against the CSV exporter. */
class CsvExporterContractTest extends ExporterContractTest {

    @Override
    protected String exporterId() {
        return "csv";
    }

    /** The cells' text: parsed with Commons CSV, the documented {@code '} prefix removed, one cell a line. */
    @Override
    protected String decodeText(String output) {
        return CsvExpectations.parse(output, ',', false).stream()
                .flatMap(r -> r.toList().stream())
                .map(CsvExpectations::unneutralise)
                .collect(Collectors.joining("\n"));
    }
}
