package dk.samarbejdsplan.export.testkit.fakes;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import java.io.IOException;
import java.util.List;

/**
 * A well-behaved exporter for the kit's own tests: labelled lines, every forum, two outputs. The broken fakes
 * extend it and break one rule each.
 */
public class GoodFake extends AbstractPlanExporter {

    /** Creates the exporter; used by {@link java.util.ServiceLoader}. */
    public GoodFake() {
        super("good-fake", "text/plain", "txt", "Good fake");
    }

    /**
     * An exporter of this kind with texts of its own, for the broken fakes.
     *
     * @param id the id
     * @param resources opens a resource of the subclass's package
     * @param bundle the bundles' name before {@code _da.properties} and {@code _en.properties}
     */
    protected GoodFake(String id, java.util.function.Function<String, java.io.InputStream> resources, String bundle) {
        super(id, "text/plain", "txt", resources, bundle);
    }

    @Override
    public List<ExportOutput> outputs() {
        return List.of(ExportOutput.MAIN, new ExportOutput("meetings", "-moeder"));
    }

    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        boolean da = options.language() == Language.DA;
        if (options.output().equals("meetings")) {
            for (Forum f : (Iterable<Forum>) plan.forums()::iterator) {
                for (LocalUnit u : f.localUnits()) {
                    for (Meeting m : u.meetings()) {
                        out.append(f.id()).append(';').append(u.municipality().code()).append(';')
                                .append(m.date().toString()).append('\n');
                    }
                }
            }
            return;
        }
        out.append(plan.title()).append("\n\n");
        for (Category c : plan.categories()) {
            out.append(Integer.toString(c.number())).append(". ").append(c.title()).append("\n\n");
            for (Forum f : c.forums()) {
                writeForum(f, da, out);
            }
        }
    }

    /** One forum as labelled lines. */
    protected void writeForum(Forum f, boolean da, Appendable out) throws IOException {
        out.append(da ? "Forum: " : "Forum: ").append(f.name()).append('\n');
        out.append(da ? "Emne: " : "Topic: ").append(f.topic()).append('\n');
        out.append(da ? "Møder om året: " : "Meetings a year: ")
                .append(Wording.of(da ? Language.DA : Language.EN).frequency(f.frequency())).append("\n\n");
    }
}
