/**
 * The exporter service provider interface: {@link dk.samarbejdsplan.export.PlanExporter}, found through
 * {@link java.util.ServiceLoader} by {@link dk.samarbejdsplan.export.ExporterRegistry}.
 */
module dk.samarbejdsplan.export {
    requires transitive dk.samarbejdsplan.model;

    exports dk.samarbejdsplan.export;

    uses dk.samarbejdsplan.export.PlanExporter;
}
