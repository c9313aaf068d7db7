/**
 * The JSON-LD exporter's public options, {@link dk.samarbejdsplan.export.jsonld.JsonLdOptions}. The exporter
 * itself is found through {@link java.util.ServiceLoader} as the {@link dk.samarbejdsplan.export.PlanExporter}
 * with id {@code jsonld}; its vocabulary is described in {@code VOCABULARY.md} of the module.
 */
package dk.samarbejdsplan.export.jsonld;
