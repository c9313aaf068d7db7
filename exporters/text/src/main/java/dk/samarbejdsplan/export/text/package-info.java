/**
 * The accessible text exporter (id {@code text}, media type {@code text/plain}, extension {@code txt}): the
 * plan as linear plain text in UTF-8, for screen readers, braille displays and plain printing. The only public
 * type is {@link dk.samarbejdsplan.export.text.TextOptions}; the exporter is found through
 * {@link java.util.ServiceLoader}.
 *
 * <h2>Layout</h2>
 * One column of text read from top to bottom: no tables, no ASCII art or box drawing, no tabs, no indentation
 * (screen readers announce indentation poorly, and a wrapped line reads on without it). Lines end with
 * {@code "\n"}. Blocks are separated by exactly one blank line; there is no blank line at the start or the
 * end. In order:
 * <ol>
 * <li>the plan's title, as a heading;</li>
 * <li>the subtitle, if any, as a paragraph;</li>
 * <li>labelled lines: "Politikreds:", "Politikredsens kode:" (when the plan gives it), "År:", "Retsgrundlag:", "Status:" ({@code udkast} or
 *     {@code vedtaget}), "Drøftet i kredsrådet:" (the date in words, when the plan has one), "Udgave:" (only
 *     for a second or later edition);</li>
 * <li>each narrative section as a heading "1. Indledning" (numbered by position), then its paragraphs, one
 *     blank line between them;</li>
 * <li>the heading "Bilag 1: Samarbejdsfora";</li>
 * <li>each category as a heading with its number and its title as written in the plan
 *     ("1. Kontakt med lokalsamfundet m.v.");</li>
 * <li>each forum as a block of labelled lines, with a blank line between forums:
 *     <ul>
 *     <li>"Forum:" the name; "Emne:" the topic;</li>
 *     <li>"Repræsentanter:" the representatives on one (wrapped) line, separated by {@code "; "} (a
 *         semicolon gives a pause when read aloud, and a representative may itself contain commas);
 *         "ikke oplyst" when the plan names none;</li>
 *     <li>"Møder om året:" the frequency in words, {@code Wording.frequency}: "mindst 4
 *         møder om året (2 i 2007)", "2 til 3 møder om året", "efter behov", "besluttes lokalt" (never the
 *         table's abbreviated "Min. 4" or "Ad hoc");</li>
 *     <li>only when present: "Kommissorium:", "Målsætninger:" (one paragraph per goal), "Handleplan:",
 *         "Snitflader til andre fora:" (the other forums' names, separated by {@code "; "}; an id that names no
 *         forum is written as the id), "Noter:" (one paragraph per note);</li>
 *     <li>for a forum with local units, "Lokale enheder:" and one line per unit with its dates in words:
 *         "Greve Kommune (kommunekode 253): møder 26. oktober 2007 og 14. november 2007." (a status, when the
 *         plan gives one, follows its date: "26. september 2007 (afholdt)"; "ingen daterede møder" when
 *         there are none), then "Handleplan for Greve Kommune: ..." when the unit has its own action plan. The
 *         word "Kommune" is added to the municipality's name unless the name already ends with it.</li>
 *     </ul></li>
 * </ol>
 * With {@link dk.samarbejdsplan.model.Language#EN} the exporter's own words are English ("Police district:",
 * "Annex 1: Cooperation forums", "Forum:", "Topic:", "Representatives:", "Meetings a year:", "Terms of
 * reference:", "Goals:", "Action plan:", "Interfaces with other forums:", "Notes:", "Local units:",
 * "Greve Municipality (municipality code 253): meetings on 26 October 2007 and 14 November 2007."); the plan's
 * own text stays as written.
 *
 * <h2>Words</h2>
 * The words the exporter writes itself are never abbreviated (no "fx", "pr.", "m.v.", "nr."), and dates are
 * written in words ({@code Wording.date}: "26. oktober 2007", "26 October 2007"). The words are in the
 * bundles {@code text_da.properties} and {@code text_en.properties} (the labels) and exporter-api's
 * {@code Wording} (frequencies and dates). The plan's own text
 * (names, topics, titles, representatives and the rest) is kept exactly as written, abbreviations included:
 * the exporter does not rewrite "m.v." in a category title.
 *
 * <h2>Wrapping</h2>
 * A line holds at most {@link dk.samarbejdsplan.export.text.TextOptions#lineWidth()} characters, counted as
 * Unicode code points (80 by default). Lines break at spaces (U+0020) only, greedily; the spaces where a line
 * breaks are dropped, other runs of spaces are kept. A single word longer than the width (a long web address,
 * for example) is never split: it stands alone on its own, longer line. A label is followed by one space and
 * its value, and the value wraps on the following lines without indentation.
 *
 * <h2>Plan text</h2>
 * A text of several paragraphs (the plan's convention: separated by a blank line) is written as separate
 * paragraphs with a blank line between them; a labelled value of several paragraphs is followed by a blank
 * line too. A single line break inside a text is kept as a line break (CR LF, CR, LF, U+000B, U+000C, U+0085
 * and U+2028 each count as one; U+2029 counts as a paragraph break). Two kinds of white space are layout, not
 * content, and are not kept: a tab is written as a space, and spaces at the start or end of a line of plan text
 * are dropped. A control character left (C0 other than tab and the line breaks, DEL, C1) and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are written visibly as a backslash,
 * {@code u} and four upper-case hexadecimal digits (ESC as {@code \}{@code u001B}), never raw
 * ({@code dk.samarbejdsplan.export.ControlCharacters}). Every other character, Danish letters and any other
 * Unicode, is written unchanged.
 *
 * <h2>Options</h2>
 * {@link dk.samarbejdsplan.export.text.TextOptions} as typed format options, or the string parameter
 * {@code text.width} (a whole number, at least 40); the typed options win when both are given.
 *
 * <h2>Diagnostics</h2>
 * <ul>
 * <li>{@code EXP-TEXT-002}: a line width that is not a whole number of at least 40.</li>
 * </ul>
 * Each is an {@link IllegalArgumentException} whose message starts with the code.
 */
package dk.samarbejdsplan.export.text;
