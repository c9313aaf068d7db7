package dk.samarbejdsplan.examples.ical;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import dk.samarbejdsplan.export.testkit.ExporterContractTest;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The exporter contract of the test kit, run against the iCalendar exporter: it is found by its id through
 * {@link java.util.ServiceLoader} (both registrations are checked), its metadata is sane, and it exports the
 * 2007 plan, the kit's Unicode probe and generated plans in both languages deterministically, thread-safely,
 * as valid UTF-8, without closing the caller's stream.
 *
 * <p>Two hooks adapt the contract to a calendar:
 * <ul>
 *   <li>{@link #decodeText(String)} undoes the folding and the escaping of iCalendar, so that the kit finds
 *       the plan's words in the output;</li>
 *   <li>{@link #mentions(String, Forum)}: a calendar holds meetings, so a forum without dated meetings is
 *       rightly not in it; a forum with meetings must be there (its id is in every UID, its name in every
 *       SUMMARY).</li>
 * </ul>
 */
class ICalendarExporterContractTest extends ExporterContractTest {

    ICalendarExporterContractTest() {
        super(ICalendarExporter.ID);
    }

    /** Unfolds the lines (a CRLF followed by a space goes) and unescapes the TEXT values. */
    @Override
    protected String decodeText(String output) {
        return ICalendarFiles.unescapeText(output.replace("\r\n ", ""));
    }

    /** A forum with dated meetings must be in the calendar; one without has no place in it. */
    @Override
    protected boolean mentions(String text, Forum forum) {
        return !hasDatedMeetings(forum) || super.mentions(text, forum);
    }

    /**
     * Replaces the kit's check of the same name, which also looks for the Danish words of <em>every</em> forum
     * name of the 2007 plan, also those without meetings, which a calendar does not show: here every probe
     * word of the kit's Unicode plan must survive folding and escaping, and so must the Danish words of the
     * 2007 forums that have meetings.
     */
    @Test
    @DisplayName("keeps Danish letters and any Unicode intact (the forums with meetings)")
    @Override
    public void keepsDanishLettersAndUnicode() {
        ExporterContract contract = contract();
        for (Language language : Language.values()) {
            ExportOptions options = ExportOptions.builder().language(language).build();
            String probe = contract.exportText(SamplePlans.unicodeProbe(), options); // decoded with decodeText
            for (String word : SamplePlans.UNICODE_PROBES) {
                assertTrue(probe.contains(word), "lost the probe word " + word + " in " + language);
            }
            CooperationPlan plan2007 = SamplePlans.plan2007();
            String text2007 = ExporterContract.normalizeSpace(contract.exportText(plan2007, options));
            for (Forum forum : plan2007.forums().filter(ICalendarExporterContractTest::hasDatedMeetings).toList()) {
                for (String word : ExporterContract.normalizeSpace(forum.name()).split(" ")) {
                    assertTrue(text2007.contains(word), "lost the word " + word + " of " + forum.name());
                }
            }
        }
    }

    private static boolean hasDatedMeetings(Forum forum) {
        return forum.localUnits().stream().map(LocalUnit::meetings).anyMatch(meetings -> !meetings.isEmpty());
    }
}
