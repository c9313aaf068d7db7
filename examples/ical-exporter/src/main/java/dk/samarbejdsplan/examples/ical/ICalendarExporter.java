package dk.samarbejdsplan.examples.ical;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exports the dated meetings of a cooperation plan (<i>samarbejdsplan</i>) as an iCalendar file (RFC 5545),
 * so that a citizen or a member can subscribe to them or import them into a calendar program.
 *
 * <p>This is the example of a third-party exporter plugin: it uses nothing but the exporter API, and the
 * iCalendar text is written by hand, to show the whole of what a plugin does. What it writes:
 * <pre>
 * BEGIN:VCALENDAR
 * VERSION:2.0
 * PRODID:-//samarbejdsplan//ical-exporter//DA
 * CALSCALE:GREGORIAN
 * NAME:Samarbejdsplan for 2007 (Midt- og Vestsjællands Politi)
 * X-WR-CALNAME:Samarbejdsplan for 2007 (Midt- og Vestsjællands Politi)
 * BEGIN:VEVENT
 * UID:2007-lokalraadene-253-20071026-1@samarbejdsplan.dk
 * DTSTAMP:20070101T000000Z
 * DTSTART;VALUE=DATE:20071026
 * DTEND;VALUE=DATE:20071027
 * SUMMARY:Møde i Greve: Lokalrådene i de enkelte kommuner
 * DESCRIPTION:Spørgsmål vedrørende politiets kriminalitetsbekæmpende og k
 *  riminalpræventive indsats i lokalområdet m.v.
 * LOCATION:Greve
 * CATEGORIES:Kontakt med lokalsamfundet m.v.
 * TRANSP:TRANSPARENT
 * END:VEVENT
 * ...
 * END:VCALENDAR
 * </pre>
 *
 * <p>One all-day event ({@code VEVENT}) for each dated meeting of each local unit (<i>lokalråd</i>) of each
 * forum, in plan order:
 * <ul>
 *   <li>{@code UID}: {@code YEAR-FORUMID-KOMMUNEKODE-YYYYMMDD-N@samarbejdsplan.dk}, where N counts the
 *       meetings of one unit on one day (normally 1). The same meeting gets the same UID in every export and
 *       in a revised edition of the plan, so a calendar that imports the file again updates the event instead
 *       of adding a copy; a new year or a moved meeting is a new event.</li>
 *   <li>{@code DTSTAMP}, which RFC 5545 requires, is <em>not</em> the time of the export: that would make two
 *       exports of the same plan differ. In a calendar without {@code METHOD}, as this one, DTSTAMP says when
 *       the information was last revised, and for a plan that is when the kredsråd discussed it: the date of
 *       {@link CooperationPlan#discussedInDistrictCouncil()} at 00:00:00 UTC, or 1 January of the plan year
 *       when the plan has no such date.</li>
 *   <li>{@code DTSTART;VALUE=DATE} is the meeting day and {@code DTEND;VALUE=DATE} the day after (the end of
 *       an all-day event is exclusive). RFC 5545 would let us leave DTEND out for a one-day event, but some
 *       calendar programs then show the event without length; writing it costs one line.</li>
 *   <li>{@code SUMMARY} names the municipality and the forum: "Møde i Greve: Lokalrådene i de enkelte
 *       kommuner", in English "Meeting in Greve: ...". The municipality comes first because it is what tells
 *       the events of one forum apart in a narrow calendar view.</li>
 *   <li>{@code DESCRIPTION} is the forum's topic (left out when blank), {@code LOCATION} the municipality's
 *       name and {@code CATEGORIES} the title of the forum's category.</li>
 *   <li>{@code STATUS} when the plan says whether the meeting is held ({@code CONFIRMED}) or planned
 *       ({@code TENTATIVE}: a planned date may still move); left out when the plan does not say.</li>
 *   <li>{@code TRANSP:TRANSPARENT}: the meetings inform the reader, they do not make the reader busy.</li>
 * </ul>
 * A plan without dated meetings gives a calendar without events.
 *
 * <p>Every line ends with CRLF and is folded at 75 octets; every text from the plan is escaped (see
 * {@link ContentLineWriter}). The texts the exporter adds are in {@link ExportOptions#language()}, from the
 * resource bundles {@code wording_da.properties} and {@code wording_en.properties} next to this class; the
 * plan's own texts (names, topics) are written as they are. The exporter has no parameters, and only the main
 * output: the registry refuses any other before the exporter runs.
 *
 * <p>Stateless and thread-safe; the output depends on nothing but the plan and the options.
 */
public final class ICalendarExporter extends AbstractPlanExporter {

    /** The exporter's id, by which users select it. */
    public static final String ID = "ical";

    /** The suffix of every UID: a domain of the project, so that our UIDs cannot clash with others'. */
    static final String UID_DOMAIN = "samarbejdsplan.dk";

    /**
     * Creates the exporter; {@link java.util.ServiceLoader} calls this. Its id, media type, file extension and
     * words ({@code wording_da.properties}, {@code wording_en.properties}, with its name under
     * {@code displayName}: "iCalendar (møder)", "iCalendar (meetings)") are all it says about itself.
     */
    public ICalendarExporter() {
        super(ID, "text/calendar", "ics", ICalendarExporter.class::getResourceAsStream, "wording");
    }

    /** @return "iCalendar (møder)", the Danish name */
    @Override
    public String displayName() {
        return displayName(Language.DA);
    }

    /**
     * Writes the plan's dated meetings as an iCalendar object.
     *
     * @param plan the plan
     * @param options the language of the texts the exporter adds
     * @param out where to write; not closed
     * @throws IOException if writing to {@code out} fails
     * @throws IllegalArgumentException {@code ICAL-001} if a date does not fit iCalendar's four-digit years
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        Language language = options.language();
        MessageFormat summary = new MessageFormat(texts(language).text("summary"), language.locale());
        ContentLineWriter ical = new ContentLineWriter(out);
        String calendarName = plan.title() + " (" + plan.district().name() + ")";

        ical.line("BEGIN", "VCALENDAR");
        ical.line("VERSION", "2.0");
        ical.line("PRODID", "-//samarbejdsplan//ical-exporter//" + language.tag().toUpperCase(Locale.ROOT));
        ical.line("CALSCALE", "GREGORIAN");
        ical.text("NAME", calendarName);          // RFC 7986
        ical.text("X-WR-CALNAME", calendarName);  // the same, for programs that predate RFC 7986

        String dtstamp = ContentLineWriter.dateText(plan.discussedInDistrictCouncil()
                .orElse(LocalDate.of(plan.year(), 1, 1))) + "T000000Z";
        for (Category category : plan.categories()) {
            List<Forum> forums = category.forums();
            for (int f = 0; f < forums.size(); f++) {
                Forum forum = forums.get(f);
                // N in the UID counts the meetings of one unit on one day. The forum's id is in the UID and
                // unique in the plan, so counting within the forum is enough: no map over the whole plan
                Map<UnitDay, Integer> meetingsPerUnitAndDay = null;
                List<LocalUnit> units = forum.localUnits();
                for (int u = 0; u < units.size(); u++) {
                    LocalUnit unit = units.get(u);
                    List<Meeting> meetings = unit.meetings();
                    for (int m = 0; m < meetings.size(); m++) {
                        Meeting meeting = meetings.get(m);
                        if (meetingsPerUnitAndDay == null) {
                            meetingsPerUnitAndDay = new HashMap<>();
                        }
                        int n = meetingsPerUnitAndDay.merge(
                                new UnitDay(unit.municipality().code(), meeting.date()), 1, Integer::sum);
                        writeEvent(ical, plan.year(), n, dtstamp, category, forum, unit, meeting, summary);
                    }
                }
            }
        }
        ical.line("END", "VCALENDAR");
    }

    /** A local unit's municipality and a day: what the count N in a UID is per, within one forum. */
    private record UnitDay(String municipalityCode, LocalDate date) {
    }

    /**
     * Writes one meeting as an all-day VEVENT.
     *
     * @param ical the writer
     * @param year the plan's year, the first part of the UID
     * @param n the number of the meeting among the unit's meetings on that day, the last part of the UID
     * @param dtstamp the DTSTAMP value, the same for every event of the plan
     * @param category the forum's category
     * @param forum the forum
     * @param unit the local unit that meets
     * @param meeting the meeting
     * @param summary the pattern of the summary, in the export's language: {0} the municipality, {1} the forum
     * @throws IOException if writing fails
     * @throws IllegalArgumentException {@code ICAL-001} if the meeting's date does not fit iCalendar
     */
    private static void writeEvent(ContentLineWriter ical, int year, int n, String dtstamp, Category category,
            Forum forum, LocalUnit unit, Meeting meeting, MessageFormat summary) throws IOException {
        String municipality = unit.municipality().name();
        LocalDate date = meeting.date();
        ical.line("BEGIN", "VEVENT");
        // YEAR-FORUMID-KOMMUNEKODE-YYYYMMDD-N@samarbejdsplan.dk, escaped as TEXT (the parts from the plan)
        ical.begin("UID").value(year).value("-").text(forum.id()).value("-").text(unit.municipality().code())
                .value("-").date(date).value("-").value(n).value("@" + UID_DOMAIN).end();
        ical.line("DTSTAMP", dtstamp);
        ical.date("DTSTART;VALUE=DATE", date);
        ical.date("DTEND;VALUE=DATE", date.plusDays(1));
        // "Møde i Greve: Lokalrådene i de enkelte kommuner", in English "Meeting in Greve: ..."
        ical.text("SUMMARY", summary.format(new Object[] {municipality, forum.name()}));
        if (!forum.topic().isBlank()) {
            ical.text("DESCRIPTION", forum.topic());
        }
        ical.text("LOCATION", municipality);
        ical.text("CATEGORIES", category.title());
        if (meeting.status().isPresent()) {
            ical.line("STATUS", meeting.status().get() == MeetingStatus.HELD ? "CONFIRMED" : "TENTATIVE");
        }
        ical.line("TRANSP", "TRANSPARENT");
        ical.line("END", "VEVENT");
    }
}
