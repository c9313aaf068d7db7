/**
 * The JSON-LD exporter: the plan as JSON-LD 1.1 linked data (W3C ORG, schema.org, SKOS, the EU core
 * vocabularies and a small vocabulary of our own, described in {@code VOCABULARY.md}), with the
 * {@code @context} embedded. Its options are {@link dk.samarbejdsplan.export.jsonld.JsonLdOptions}; the
 * implementation is found through {@link java.util.ServiceLoader} under the id {@code jsonld}.
 */
module dk.samarbejdsplan.export.jsonld {
    requires transitive dk.samarbejdsplan.export;
    requires tools.jackson.core;

    exports dk.samarbejdsplan.export.jsonld;

    provides dk.samarbejdsplan.export.PlanExporter
            with dk.samarbejdsplan.export.jsonld.internal.JsonLdExporter;
}
