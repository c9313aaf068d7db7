/**
 * The HTML exporter ({@link dk.samarbejdsplan.export.html.HtmlExporter}, id {@code html}) and its options
 * ({@link dk.samarbejdsplan.export.html.HtmlOptions}).
 */
package dk.samarbejdsplan.export.html;
