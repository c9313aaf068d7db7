/**
 * The example iCalendar exporter plugin: {@link dk.samarbejdsplan.examples.ical.ICalendarExporter} writes the
 * dated meetings of a cooperation plan as an RFC 5545 calendar. Copy this package to write an exporter of your
 * own; the module's {@code README.md} walks through it.
 */
package dk.samarbejdsplan.examples.ical;
