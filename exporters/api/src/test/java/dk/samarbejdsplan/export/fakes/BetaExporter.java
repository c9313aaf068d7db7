package dk.samarbejdsplan.export.fakes;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.IOException;
import java.util.List;

/** A second test exporter with two outputs, registered in the test resources' services file. */
public class BetaExporter extends AbstractPlanExporter {
    /** Creates the exporter; used by {@link java.util.ServiceLoader}. */
    public BetaExporter() {
        super("beta-two", "text/csv", "csv", "Beta (test)");
    }

    @Override
    public List<ExportOutput> outputs() {
        return List.of(ExportOutput.MAIN, new ExportOutput("meetings", "-moeder"));
    }

    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        out.append(options.output()).append(',').append(Integer.toString(plan.year())).append("\r\n");
    }
}
