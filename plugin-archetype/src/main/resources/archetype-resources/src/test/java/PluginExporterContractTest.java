package ${package};

/** The test kit's exporter contract, for the exporter "${id}". */
class PluginExporterContractTest extends dk.samarbejdsplan.export.testkit.ExporterContractTest {

    PluginExporterContractTest() {
        super("${id}");
    }
}
