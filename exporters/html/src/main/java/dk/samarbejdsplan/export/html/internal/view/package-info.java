/**
 * The view model the templates read: plain records of strings and lists, prepared in Java (numbers, ids,
 * dates in words, frequencies in words, paragraphs split), so that the templates stay simple. Exported to
 * Velocity only. Every string is plain text, escaped by the templates' event handler on insertion; the one
 * exception is {@link dk.samarbejdsplan.export.html.internal.view.Html}, markup the exporter wrote itself (the
 * table rows and details blocks that repeat for every forum) with its plan text escaped already.
 */
package dk.samarbejdsplan.export.html.internal.view;
