/**
 * The view model the templates read: plain records of strings and lists, prepared in Java (numbers, ids,
 * dates in words, frequencies in words, paragraphs split), so that the templates stay simple. Exported to
 * Velocity only. Every string is plain text; the templates' escaping handler escapes it on insertion.
 */
package dk.samarbejdsplan.export.html.internal.view;
