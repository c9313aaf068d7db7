/**
 * The CSV exporter (id {@code csv}): the plan's forums and its dated meetings as two RFC 4180 tables for
 * spreadsheets and open-data portals. See {@link dk.samarbejdsplan.export.csv} for the tables, the columns and
 * the rules, and {@link dk.samarbejdsplan.export.csv.CsvOptions} for the options.
 *
 * <p>Found through {@link java.util.ServiceLoader} as a {@link dk.samarbejdsplan.export.PlanExporter}; it
 * exports only its options type.
 */
module dk.samarbejdsplan.export.csv {
    requires dk.samarbejdsplan.export;

    exports dk.samarbejdsplan.export.csv;

    provides dk.samarbejdsplan.export.PlanExporter with dk.samarbejdsplan.export.csv.internal.CsvExporter;
}
