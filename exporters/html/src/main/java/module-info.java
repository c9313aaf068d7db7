/**
 * The HTML exporter: the plan as an accessible web page (one file, embedded CSS, no JavaScript), rendered
 * with Apache Velocity from templates inside this module; a caller may override templates from a folder.
 *
 * <p>Provides {@link dk.samarbejdsplan.export.PlanExporter} with id {@code html}; like the other built-in
 * exporters, the exporter class is internal and reached through the exporter registry. The only exported package
 * holds {@link dk.samarbejdsplan.export.html.HtmlOptions}, exported because a caller builds it and passes it to
 * {@code ExportOptions.formatOptions}. The view objects the templates read are exported to Velocity alone, which
 * calls their accessors.
 */
module dk.samarbejdsplan.export.html {
    requires transitive dk.samarbejdsplan.export;
    requires velocity.engine.core;
    // Velocity is an automatic module and cannot say what it needs; these two explicit modules must be named
    // here, or they are not resolved on the module path (Velocity then fails with NoClassDefFoundError)
    requires org.slf4j;
    requires org.apache.commons.lang3;

    exports dk.samarbejdsplan.export.html;
    // the templates call the accessors of the view records through Velocity's introspection
    exports dk.samarbejdsplan.export.html.internal.view to velocity.engine.core;

    provides dk.samarbejdsplan.export.PlanExporter with dk.samarbejdsplan.export.html.internal.HtmlExporter;
}
