package dk.samarbejdsplan.export.text.internal;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.text.TextOptions;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The test oracle for {@link TextPlanExporter}: the exporter as it was before it wrote without intermediate
 * strings (over {@link ReferenceLineWriter}), kept unchanged so that {@link TextReferenceEquivalenceTest} can
 * prove the faster one writes the same characters. Not registered as a service.
 *
 * <p>The accessible text exporter (id {@code text}): the plan as linear plain text for screen readers and plain
 * printing. The layout and the rules are documented in the package {@code dk.samarbejdsplan.export.text}.
 *
 * <p>Stateless and thread-safe; writes each line to the caller's sink as soon as it is wrapped.
 */
final class ReferenceTextExporter implements PlanExporter {

    /** The exporter id. */
    public static final String ID = "text";

    /** Between the items of a list written on one line: representatives, interfaces. */
    static final String LIST_SEPARATOR = "; ";

    /** Creates the exporter; used by {@link java.util.ServiceLoader}. */
    ReferenceTextExporter() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Accessible text (screen readers and plain printing)";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    /**
     * Writes the plan as accessible text.
     *
     * @throws IllegalArgumentException ({@code EXP-TEXT-001}) for an output other than {@code main},
     *         ({@code EXP-TEXT-002}) for a bad {@code text.width} parameter
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        if (!ExportOutput.MAIN.id().equals(options.output())) {
            throw new IllegalArgumentException("EXP-TEXT-001: the text exporter has no output '"
                    + options.output() + "'; valid outputs: " + ExportOutput.MAIN.id());
        }
        TextOptions textOptions = TextOptions.from(options);
        Words words = Words.of(options.language());
        ReferenceLineWriter w = new ReferenceLineWriter(out, textOptions.lineWidth());
        front(plan, words, w);
        int number = 1;
        for (Section section : plan.sections()) {
            w.heading(number++ + ". " + section.title());
            for (String paragraph : section.paragraphs()) {
                w.block("", paragraph);
                w.blankLine();
            }
        }
        w.heading(words.annexHeading);
        // forum names by id, built once: an interface is named by the forum it refers to (the first of that id)
        Map<String, String> names = new HashMap<>();
        plan.forums().forEach(f -> names.putIfAbsent(f.id(), f.name()));
        if (plan.categories().isEmpty()) {
            w.block("", words.noForums);
        }
        for (Category category : plan.categories()) {
            w.heading(category.number() + ". " + category.title());
            if (category.forums().isEmpty()) {
                w.block("", words.noForumsInCategory);
            }
            for (Forum forum : category.forums()) {
                forum(names, forum, words, w);
                w.blankLine();
            }
        }
        w.finish();
    }

    private static void front(CooperationPlan plan, Words words, ReferenceLineWriter w) throws IOException {
        w.heading(plan.title());
        if (plan.subtitle().isPresent()) {
            w.block("", plan.subtitle().get());
            w.blankLine();
        }
        field(w, words.district, plan.district().name());
        w.block(words.year, Integer.toString(plan.year()));
        field(w, words.legalBasis, plan.legalBasis());
        w.block(words.status, words.status(plan.status()));
        if (plan.discussedInDistrictCouncil().isPresent()) {
            w.block(words.discussed, words.language.formatDate(plan.discussedInDistrictCouncil().get()));
        }
        if (plan.edition() > 1) {
            w.block(words.edition, Integer.toString(plan.edition()));
        }
    }

    private static void forum(Map<String, String> forumNames, Forum forum, Words words, ReferenceLineWriter w)
            throws IOException {
        field(w, words.forum, forum.name());
        field(w, words.topic, forum.topic());
        field(w, words.representatives, forum.representatives().isEmpty() ? words.notStated
                : String.join(LIST_SEPARATOR, forum.representatives()));
        w.block(words.meetingsAYear, forum.frequency().describe(words.language));
        if (forum.termsOfReference().isPresent()) {
            field(w, words.termsOfReference, forum.termsOfReference().get());
        }
        paragraphs(w, words.goals, forum.goals());
        if (forum.actionPlan().isPresent()) {
            field(w, words.actionPlan, forum.actionPlan().get());
        }
        if (!forum.interfaces().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String id : forum.interfaces()) {
                names.add(forumNames.getOrDefault(id, id));
            }
            field(w, words.interfaces, String.join(LIST_SEPARATOR, names));
        }
        paragraphs(w, words.notes, forum.notes());
        if (!forum.localUnits().isEmpty()) {
            w.block(words.localUnits, "");
            for (LocalUnit unit : forum.localUnits()) {
                localUnit(unit, words, w);
            }
        }
    }

    /**
     * "Greve Kommune (kommunekode 253): møder 26. oktober 2007 og 14. november 2007." and, if the unit has
     * one, "Handleplan for Greve Kommune: ...".
     */
    private static void localUnit(LocalUnit unit, Words words, ReferenceLineWriter w) throws IOException {
        String name = words.municipalityName(unit.municipality().name());
        List<String> dates = new ArrayList<>();
        for (Meeting meeting : unit.meetings()) {
            String date = words.language.formatDate(meeting.date());
            dates.add(meeting.status().map(s -> date + " (" + words.meetingStatus(s) + ")").orElse(date));
        }
        String meetings = dates.isEmpty() ? words.noMeetings
                : (dates.size() == 1 ? words.oneMeeting : words.manyMeetings) + " " + words.enumerate(dates);
        field(w, "", name + " (" + words.municipalityCode + " " + unit.municipality().code() + "): " + meetings
                + ".");
        if (unit.actionPlan().isPresent()) {
            field(w, "", words.actionPlanFor + " " + name + ": " + unit.actionPlan().get());
        }
    }

    /** A labelled text; a text of several paragraphs is set off by a blank line after it. */
    private static void field(ReferenceLineWriter w, String label, String text) throws IOException {
        if (w.block(label, text)) {
            w.blankLine();
        }
    }

    /** A labelled list of paragraphs (goals, notes): one paragraph per item, the label before the first. */
    private static void paragraphs(ReferenceLineWriter w, String label, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        field(w, label, String.join("\n\n", items));
    }
}
