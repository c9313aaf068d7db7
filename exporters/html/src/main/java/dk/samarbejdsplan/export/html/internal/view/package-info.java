/**
 * The view model the templates read: plain records of strings, numbers and lists, prepared in Java (numbers, ids,
 * dates in words, frequencies in words, paragraphs split, the coordinates of the meetings picture), so that the
 * templates stay simple and hold all the markup. Exported to Velocity only. Every string is plain text, escaped
 * by the templates' event handler when inserted.
 */
package dk.samarbejdsplan.export.html.internal.view;
