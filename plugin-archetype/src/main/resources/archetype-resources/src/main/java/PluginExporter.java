package ${package};

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import java.io.IOException;

/**
 * The exporter "${id}": a start to replace with your format. It writes the plan's title and, per category,
 * each forum's name and how often it meets, one line each.
 *
 * <p>The rules (the test kit checks them): a public no-argument constructor; stateless and thread-safe;
 * deterministic (no clock, no default locale); write to {@code out} and never close it; the words you add in
 * {@code options.language()}.
 */
public final class PluginExporter extends AbstractPlanExporter {

    /**
     * Creates the exporter; {@link java.util.ServiceLoader} calls this. The id, the media type, the file extension
     * and the name in every language; for a name in Danish and English, give instead two resource bundles beside
     * this class with the key {@code displayName} ({@code super("${id}", "text/plain", "txt",
     * PluginExporter.class::getResourceAsStream, "words")} reads {@code words_da.properties} and
     * {@code words_en.properties}, and {@code texts(options.language())} gives your words in an export).
     */
    public PluginExporter() {
        super("${id}", "text/plain", "txt", "${id}");
    }

    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        Wording words = Wording.of(options.language());
        out.append(plan.title()).append('\n');
        for (Category category : plan.categories()) {
            out.append('\n').append(category.title()).append('\n');
            for (Forum forum : category.forums()) {
                out.append("- ").append(forum.name()).append(": ").append(words.frequency(forum.frequency()))
                        .append('\n');
            }
        }
    }
}
