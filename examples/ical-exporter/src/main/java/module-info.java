/**
 * An example third-party exporter plugin: the dated meetings of a cooperation plan as an RFC 5545 iCalendar
 * file ({@code text/calendar}, {@code .ics}).
 *
 * <p>The module needs only the exporter API, which the host application provides, and exports nothing: the
 * host finds {@link dk.samarbejdsplan.examples.ical.ICalendarExporter} through {@link java.util.ServiceLoader}.
 * It is registered twice, here with {@code provides} (for the module path) and in
 * {@code META-INF/services/dk.samarbejdsplan.export.PlanExporter} (for the class path and for a plugin folder
 * loaded with {@code --plugin-path}).
 */
module dk.samarbejdsplan.examples.ical {
    requires dk.samarbejdsplan.export;

    provides dk.samarbejdsplan.export.PlanExporter with dk.samarbejdsplan.examples.ical.ICalendarExporter;
}
