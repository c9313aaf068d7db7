package dk.samarbejdsplan.export.testkit;

/**
 * The contract, run by Surefire exactly as a plugin author's test runs it, against the well-behaved fake: the
 * base class's own annotations (100 generated plans, shrinking on) are in force here.
 */
class GoodFakeContractTest extends ExporterContractTest {
    GoodFakeContractTest() {
        super("good-fake");
    }
}
