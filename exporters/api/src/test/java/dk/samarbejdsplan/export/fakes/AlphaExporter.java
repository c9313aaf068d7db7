package dk.samarbejdsplan.export.fakes;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import java.io.IOException;

/** A well-behaved test exporter, registered in the test resources' services file: one forum name a line. */
public class AlphaExporter implements PlanExporter {
    @Override
    public String id() {
        return "alpha";
    }

    @Override
    public String displayName() {
        return "Alpha (test)";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        out.append(plan.title()).append('\n');
        for (Forum f : (Iterable<Forum>) plan.forums()::iterator) {
            out.append(f.id()).append(": ").append(f.name()).append('\n');
        }
    }
}
