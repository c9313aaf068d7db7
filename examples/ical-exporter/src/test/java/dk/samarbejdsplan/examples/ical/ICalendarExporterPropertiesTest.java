package dk.samarbejdsplan.examples.ical;

import static dk.samarbejdsplan.examples.ical.ICalendarFiles.asRead;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.checkPhysicalLines;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.date;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.events;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.exportBytes;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.parse;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.rawValues;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.required;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.unescapeText;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.value;
import static dk.samarbejdsplan.examples.ical.ICalendarFiles.withLineFeeds;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the iCalendar output for generated plans with hostile texts ({@link PlanArbitraries}): ical4j
 * reads back every meeting, with its date and its texts exactly, and every physical line is legal.
 */
class ICalendarExporterPropertiesTest {

    @Property(tries = 150)
    void ical4jReadsBackEveryMeetingWithItsDateAndTexts(@ForAll("plans") CooperationPlan plan,
            @ForAll Language language) {
        byte[] bytes = exportBytes(plan, ExportOptions.builder().language(language).build());
        checkPhysicalLines(bytes);
        String ics = new String(bytes, StandardCharsets.UTF_8);
        List<VEvent> events = events(parse(ics));
        List<String> rawCategories = rawValues(ics, "CATEGORIES");

        int i = 0;
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                for (LocalUnit unit : forum.localUnits()) {
                    for (Meeting meeting : unit.meetings()) {
                        VEvent event = events.get(i++);
                        assertEquals(meeting.date(), date(event, "DTSTART"));
                        assertEquals(meeting.date().plusDays(1), date(event, "DTEND"));
                        String words = language == Language.EN ? "Meeting in " : "Møde i ";
                        assertEquals(asRead(words + unit.municipality().name() + ": " + forum.name()),
                                required(event, "SUMMARY"));
                        assertEquals(asRead(unit.municipality().name()), required(event, "LOCATION"));
                        // CATEGORIES is a list: ical4j finds one item, however many commas the title has. Its
                        // text is read with the tests' own unescaping (see ICalendarFiles.unescapeText).
                        Categories categories = event.<Categories>getProperty("CATEGORIES").orElseThrow();
                        assertEquals(1, categories.getCategories().getTexts().size(), "one category");
                        assertEquals(withLineFeeds(category.title()), unescapeText(rawCategories.get(i - 1)));
                        assertEquals(forum.topic().isBlank() ? Optional.empty() : Optional.of(asRead(forum.topic())),
                                value(event, "DESCRIPTION"));
                    }
                }
            }
        }
        assertEquals(i, events.size(), "one event per meeting, no more");
        assertEquals(events.size(), new HashSet<>(events.stream().map(e -> required(e, "UID")).toList()).size(),
                "the UIDs are unique");
    }

    @Property(tries = 50)
    void theSamePlanGivesTheSameBytes(@ForAll("plans") CooperationPlan plan) {
        assertArrayEquals(exportBytes(plan, ExportOptions.defaults()), exportBytes(plan, ExportOptions.defaults()));
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(3, 4);
    }
}
