/**
 * The options of the HTML exporter (id {@code html}): {@link dk.samarbejdsplan.export.html.HtmlOptions}. The
 * exporter itself is found through the exporter registry.
 */
package dk.samarbejdsplan.export.html;
