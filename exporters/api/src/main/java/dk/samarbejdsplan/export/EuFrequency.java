package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.MeetingFrequency;

/**
 * The code of a meeting frequency in the EU Frequency authority table
 * ({@value #NAMESPACE}), for formats that publish linked or open data (the CSV column {@code eu_frekvens}, the
 * JSON-LD property {@code cv:frequency}). Plugins use it the same way.
 *
 * <p>Only exact counts without a different count for the plan's own year have a code of their own:
 * {@code WEEKLY} (52), {@code MONTHLY} (12), {@code QUARTERLY} (4), {@code ANNUAL_2} (2), {@code ANNUAL} (1);
 * "Ad hoc" is {@code AS_NEEDED}; every other frequency is {@code OTHER}.
 */
public final class EuFrequency {

    /** The namespace of the authority table's codes: {@value}. */
    public static final String NAMESPACE = "http://publications.europa.eu/resource/authority/frequency/";

    private EuFrequency() {
    }

    /**
     * The code of a frequency in the EU Frequency authority table.
     *
     * @param frequency the frequency
     * @return for example {@code QUARTERLY}, {@code AS_NEEDED}, {@code OTHER}
     */
    public static String code(MeetingFrequency frequency) {
        if (frequency instanceof MeetingFrequency.Exactly e && e.yearCount().isEmpty()) {
            switch (e.count()) {
                case 52: return "WEEKLY";
                case 12: return "MONTHLY";
                case 4: return "QUARTERLY";
                case 2: return "ANNUAL_2";
                case 1: return "ANNUAL";
                default: return "OTHER";
            }
        }
        return frequency instanceof MeetingFrequency.AsNeeded ? "AS_NEEDED" : "OTHER";
    }
}
