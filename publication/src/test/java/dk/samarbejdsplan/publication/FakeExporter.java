package dk.samarbejdsplan.publication;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small exporter for the tests: writes a fixed text, or fails, or hangs; remembers the options it was given. */
class FakeExporter extends AbstractPlanExporter {
    enum Behaviour { WRITE, FAIL, HANG }

    final Behaviour behaviour;
    final List<ExportOptions> seen = new CopyOnWriteArrayList<>();

    FakeExporter(String id, String extension, Behaviour behaviour) {
        super(id, "text/plain", extension, "Fake " + id);
        this.behaviour = behaviour;
    }

    @Override
    public String displayName(Language language) {
        return (language == Language.DA ? "Falsk " : "Fake ") + id();
    }

    @Override
    public Optional<String> note(ExportOutput output, ExportOptions options) {
        return Optional.of("note of " + id() + " in " + options.language().tag());
    }

    @Override
    public List<ExporterParameter> parameters() {
        return List.of(new ExporterParameter(id() + ".mode", "a mode", List.of("a", "b")),
                ExporterParameter.freeText(id() + ".title", "a title"));
    }

    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        seen.add(options);
        switch (behaviour) {
            case FAIL:
                out.append("half");
                throw new IllegalStateException("the fake exporter failed on purpose");
            case HANG:
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            default:
                out.append(id()).append(" of ").append(String.valueOf(plan.year()));
        }
    }
}
