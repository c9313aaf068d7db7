/** The exporter plugin "${id}": found through ServiceLoader, it exports no package. */
module ${moduleName} {
    requires dk.samarbejdsplan.export;

    provides dk.samarbejdsplan.export.PlanExporter with ${package}.PluginExporter;
}
