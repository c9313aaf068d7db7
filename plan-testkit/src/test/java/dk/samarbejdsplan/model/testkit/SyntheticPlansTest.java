package dk.samarbejdsplan.model.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SyntheticPlans} at the size the command line tool must handle: 100 000 forums fit a plan file. */
class SyntheticPlansTest {
    /** The least room left under {@link PlanReader#MAX_DOCUMENT_LENGTH}. */
    static final double MARGIN = 0.15;

    private static CooperationPlan plan;

    @BeforeAll
    static void build() {
        plan = SyntheticPlans.ofSize(100_000, 1);
    }

    @Test
    void oneHundredThousandForumsFitAPlanFileWithRoomToSpare() throws IOException {
        long most = (long) (PlanReader.MAX_DOCUMENT_LENGTH * (1 - MARGIN));
        for (PlanFormat format : PlanFormat.values()) {
            long size = sizeAs(format);
            assertTrue(size <= most, format + ": " + size + " bytes, more than " + most + " (85 % of "
                    + PlanReader.MAX_DOCUMENT_LENGTH + ")");
            // and not trivially small: the forums keep realistic content (at least 200 bytes each)
            assertTrue(size >= 20_000_000, format + ": " + size + " bytes");
        }
    }

    @Test
    void theLargePlanHasEveryKindOfContent() {
        List<Forum> forums = plan.forums().toList();
        assertEquals(100_000, forums.size());
        Set<MeetingFrequency.Kind> kinds = forums.stream().map(f -> f.frequency().kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MeetingFrequency.Kind.class)));
        assertEquals(EnumSet.allOf(MeetingFrequency.Kind.class), kinds);
        assertTrue(forums.stream().anyMatch(f -> f.frequency().yearCount().isPresent()), "Min. 4 (2 i 2007)");
        assertTrue(forums.stream().allMatch(f -> f.representatives().size() >= 1 && f.representatives().size() <= 2));
        for (String optional : List.of("termsOfReference", "goals", "actionPlan", "interfaces", "notes")) {
            long with = forums.stream().filter(f -> has(f, optional)).count();
            assertTrue(with > 1_000 && with < 20_000, optional + " in " + with + " forums: some, not most");
        }
        List<Forum> withUnits = forums.stream().filter(f -> !f.localUnits().isEmpty()).toList();
        assertTrue(withUnits.size() > 1_000, "local units in " + withUnits.size() + " forums");
        assertEquals(10, forums.get(0).localUnits().size(), "the lokalråd forum has the ten municipalities");
        for (Forum forum : withUnits) {
            for (LocalUnit unit : forum.localUnits()) {
                List<Meeting> meetings = unit.meetings();
                assertTrue(!meetings.isEmpty(), forum.id());
                // in date order, each date once, and as many in the year as the frequency asks for
                for (int i = 1; i < meetings.size(); i++) {
                    assertTrue(meetings.get(i - 1).date().isBefore(meetings.get(i).date()), forum.id());
                }
                forum.frequency().minInYear(SyntheticPlans.YEAR)
                        .ifPresent(min -> assertTrue(meetings.size() >= min, forum.id()));
                forum.frequency().maxPerYear().ifPresent(max -> assertTrue(
                        forum.frequency().yearCount().isPresent() || meetings.size() <= max, forum.id()));
            }
        }
        Set<String> ids = forums.stream().map(Forum::id).collect(Collectors.toSet());
        assertEquals(forums.size(), ids.size());
        assertTrue(forums.stream().allMatch(f -> ids.containsAll(f.interfaces()) && !f.interfaces().contains(f.id())));
        assertTrue(forums.stream().allMatch(f -> f.name().length() < 60 && f.topic().length() < 60),
                "short names and topics");
    }

    private static boolean has(Forum forum, String field) {
        switch (field) {
            case "termsOfReference":
                return forum.termsOfReference().isPresent();
            case "goals":
                return !forum.goals().isEmpty();
            case "actionPlan":
                return forum.actionPlan().isPresent();
            case "interfaces":
                return !forum.interfaces().isEmpty();
            default:
                return !forum.notes().isEmpty();
        }
    }

    private static long sizeAs(PlanFormat format) throws IOException {
        Counting out = new Counting();
        PlanWriter.of(format).write(plan, out);
        return out.count;
    }

    /** Counts bytes and keeps none. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
