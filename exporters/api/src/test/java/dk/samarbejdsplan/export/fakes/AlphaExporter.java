package dk.samarbejdsplan.export.fakes;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import java.io.IOException;

/** A well-behaved test exporter, registered in the test resources' services file: one forum name a line. */
public class AlphaExporter extends AbstractPlanExporter {
    /** Creates the exporter; used by {@link java.util.ServiceLoader}. */
    public AlphaExporter() {
        super("alpha", "text/plain", "txt", "Alpha (test)");
    }

    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        out.append(plan.title()).append('\n');
        for (Forum f : (Iterable<Forum>) plan.forums()::iterator) {
            out.append(f.id()).append(": ").append(f.name()).append('\n');
        }
    }
}
