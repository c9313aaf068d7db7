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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The accessible text exporter (id {@code text}): the plan as linear plain text for screen readers and plain
 * printing. The layout and the rules are documented in the package {@code dk.samarbejdsplan.export.text}.
 *
 * <p>Stateless and thread-safe; writes to the caller's sink as it goes, a few thousand characters at a time
 * (never the whole document).
 */
public final class TextPlanExporter implements PlanExporter {

    /** The exporter id. */
    public static final String ID = "text";

    /** Between the items of a list written on one line: representatives, interfaces. */
    static final String LIST_SEPARATOR = "; ";

    /** Creates the exporter; used by {@link java.util.ServiceLoader}. */
    public TextPlanExporter() {
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
        new Export(plan, Words.of(options.language()), new LineWriter(out, textOptions.lineWidth())).write();
    }

    /**
     * One export: the plan, the words of its language, the line writer, and what is worked out once per
     * export (forum names by id, texts of meeting frequencies, municipality names, dates) or reused for every
     * forum (one builder for the texts made of several parts).
     */
    private static final class Export {
        private final CooperationPlan plan;
        private final Words words;
        private final LineWriter w;
        /**
         * The names of the forums that interfaces refer to, by id (an interface is named by the first forum of
         * that id; {@code null} for an id no forum has, which stands for itself).
         */
        private final Map<String, String> names = new HashMap<>();
        private final FrequencyTexts frequencies;
        private final Map<String, String> municipalities = new HashMap<>();
        private final Map<LocalDate, String> dates = new HashMap<>();
        /** The names of one forum's interfaces. */
        private final List<String> interfaceNames = new ArrayList<>();
        /** The text of a line made of several parts; rebuilt for each such text, written before it is reused. */
        private final StringBuilder scratch = new StringBuilder(256);

        Export(CooperationPlan plan, Words words, LineWriter w) {
            this.plan = plan;
            this.words = words;
            this.w = w;
            this.frequencies = new FrequencyTexts(words.language);
        }

        void write() throws IOException {
            front();
            int number = 1;
            for (Section section : plan.sections()) {
                w.heading(number++ + ". " + section.title());
                for (String paragraph : section.paragraphs()) {
                    w.block("", paragraph);
                    w.blankLine();
                }
            }
            w.heading(words.annexHeading);
            List<Category> categories = plan.categories();
            nameReferencedForums(categories);
            if (categories.isEmpty()) {
                w.block("", words.noForums);
            }
            for (int c = 0; c < categories.size(); c++) {
                Category category = categories.get(c);
                scratch.setLength(0);
                w.heading(scratch.append(category.number()).append(". ").append(category.title()));
                List<Forum> forums = category.forums();
                if (forums.isEmpty()) {
                    w.block("", words.noForumsInCategory);
                }
                for (int f = 0; f < forums.size(); f++) {
                    forum(forums.get(f));
                    w.blankLine();
                }
            }
            w.finish();
        }

        /**
         * Fills {@link #names} for the ids that interfaces refer to (a map of those only: most forums are no
         * interface of another). One pass over the forums notes each forum's id and name (read while the forum
         * is at hand: a large plan is not in the processor's caches, and a second pass would fetch every forum
         * again) and the ids the interfaces refer to; the ids' hashes are then read in a tight loop of their own
         * (independent fetches the processor overlaps) and matched against the referred ones.
         */
        private void nameReferencedForums(List<Category> categories) {
            int count = 0;
            for (int c = 0; c < categories.size(); c++) {
                count += categories.get(c).forums().size();
            }
            String[] ids = new String[count];
            String[] forumNames = new String[count];
            int[] hashes = new int[count];
            int k = 0;
            for (int c = 0; c < categories.size(); c++) {
                List<Forum> forums = categories.get(c).forums();
                for (int f = 0; f < forums.size(); f++) {
                    Forum forum = forums.get(f);
                    ids[k] = forum.id();
                    forumNames[k++] = forum.name();
                    List<String> interfaces = forum.interfaces();
                    for (int i = 0; i < interfaces.size(); i++) {
                        names.put(interfaces.get(i), null);
                    }
                }
            }
            if (names.isEmpty()) {
                return;
            }
            for (int i = 0; i < count; i++) {
                hashes[i] = ids[i].hashCode(); // a loop of its own: the strings are fetched side by side
            }
            // the hashes of the referred ids, in an open-addressing table (0: empty; a hash is stored with bit 32 set)
            long[] referred = new long[Integer.highestOneBit(Math.max(names.size(), 8) * 4)];
            int mask = referred.length - 1;
            for (String id : names.keySet()) {
                int h = id.hashCode();
                int slot = mix(h) & mask;
                while (referred[slot] != 0 && (int) referred[slot] != h) {
                    slot = (slot + 1) & mask;
                }
                referred[slot] = h | 1L << 32;
            }
            for (int i = 0; i < count; i++) {
                int h = hashes[i];
                int slot = mix(h) & mask;
                while (referred[slot] != 0) {
                    if ((int) referred[slot] == h) {
                        names.replace(ids[i], null, forumNames[i]); // the first forum of an id names it
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
        }

        private static int mix(int h) {
            return (h * 0x9E3779B9) >>> 7;
        }

        private void front() throws IOException {
            w.heading(plan.title());
            if (plan.subtitle().isPresent()) {
                w.block("", plan.subtitle().get());
                w.blankLine();
            }
            field(words.district, plan.district().name());
            w.block(words.year, Integer.toString(plan.year()));
            field(words.legalBasis, plan.legalBasis());
            w.block(words.status, words.status(plan.status()));
            if (plan.discussedInDistrictCouncil().isPresent()) {
                w.block(words.discussed, words.language.formatDate(plan.discussedInDistrictCouncil().get()));
            }
            if (plan.edition() > 1) {
                w.block(words.edition, Integer.toString(plan.edition()));
            }
        }

        private void forum(Forum forum) throws IOException {
            field(words.forum, forum.name());
            field(words.topic, forum.topic());
            if (forum.representatives().isEmpty()) {
                field(words.representatives, words.notStated);
            } else {
                list(words.representatives, forum.representatives());
            }
            w.block(words.meetingsAYear, frequencies.describe(forum.frequency()));
            if (forum.termsOfReference().isPresent()) {
                field(words.termsOfReference, forum.termsOfReference().get());
            }
            paragraphs(words.goals, forum.goals());
            if (forum.actionPlan().isPresent()) {
                field(words.actionPlan, forum.actionPlan().get());
            }
            if (!forum.interfaces().isEmpty()) {
                interfaceNames.clear();
                for (int i = 0; i < forum.interfaces().size(); i++) {
                    String id = forum.interfaces().get(i);
                    String name = names.get(id);
                    interfaceNames.add(name == null ? id : name);
                }
                list(words.interfaces, interfaceNames);
            }
            paragraphs(words.notes, forum.notes());
            if (!forum.localUnits().isEmpty()) {
                w.block(words.localUnits, "");
                for (LocalUnit unit : forum.localUnits()) {
                    localUnit(unit);
                }
            }
        }

        /** A labelled list on one line: the items joined by {@link #LIST_SEPARATOR}, as {@link #field}. */
        private void list(String label, List<String> items) throws IOException {
            w.begin(label);
            w.text(items, LIST_SEPARATOR);
            if (w.end()) {
                w.blankLine();
            }
        }

        /**
         * "Greve Kommune (kommunekode 253): møder 26. oktober 2007 og 14. november 2007." and, if the unit has
         * one, "Handleplan for Greve Kommune: ...".
         */
        private void localUnit(LocalUnit unit) throws IOException {
            String name = municipalities.get(unit.municipality().name());
            if (name == null) {
                name = words.municipalityName(unit.municipality().name());
                municipalities.put(unit.municipality().name(), name);
            }
            StringBuilder s = scratch;
            s.setLength(0);
            s.append(name).append(" (").append(words.municipalityCode).append(' ').append(unit.municipality().code())
                    .append("): ");
            List<Meeting> meetings = unit.meetings();
            if (meetings.isEmpty()) {
                s.append(words.noMeetings);
            } else {
                s.append(meetings.size() == 1 ? words.oneMeeting : words.manyMeetings).append(' ');
                for (int i = 0; i < meetings.size(); i++) {
                    if (i > 0) {
                        s.append(i == meetings.size() - 1 ? words.andBetween : ", ");
                    }
                    Meeting meeting = meetings.get(i);
                    String date = dates.get(meeting.date());
                    if (date == null) {
                        date = words.language.formatDate(meeting.date());
                        dates.put(meeting.date(), date);
                    }
                    s.append(date);
                    if (meeting.status().isPresent()) {
                        s.append(" (").append(words.meetingStatus(meeting.status().get())).append(')');
                    }
                }
            }
            s.append('.');
            field("", s);
            if (unit.actionPlan().isPresent()) {
                s.setLength(0);
                field("", s.append(words.actionPlanFor).append(' ').append(name).append(": ")
                        .append(unit.actionPlan().get()));
            }
        }

        /** A labelled text; a text of several paragraphs is set off by a blank line after it. */
        private void field(String label, CharSequence text) throws IOException {
            if (w.block(label, text)) {
                w.blankLine();
            }
        }

        /**
         * A labelled list of paragraphs (goals, notes): one paragraph per item, the label before the first; as
         * {@link #field} of the items joined by blank lines.
         */
        private void paragraphs(String label, List<String> items) throws IOException {
            if (items.isEmpty()) {
                return;
            }
            w.begin(label);
            for (int i = 0; i < items.size(); i++) {
                w.text(items.get(i));
            }
            if (w.end()) {
                w.blankLine();
            }
        }
    }
}
