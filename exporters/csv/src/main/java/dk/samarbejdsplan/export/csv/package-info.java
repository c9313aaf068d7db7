/**
 * The CSV exporter (id {@code csv}, media type {@code text/csv}, extension {@code csv}): the plan's forums as
 * three tables for spreadsheets and open-data portals, written as RFC 4180 CSV in UTF-8 by the exporter itself (no
 * CSV library). The only public type is {@link dk.samarbejdsplan.export.csv.CsvOptions}; the exporter is
 * found through {@link java.util.ServiceLoader}.
 *
 * <h2>Three outputs</h2>
 * One export writes one table, chosen with {@link dk.samarbejdsplan.export.ExportOptions#output()}:
 * <ul>
 * <li>{@code main} (file suffix {@code ""}): the forums, one row per forum, in plan order;</li>
 * <li>{@code local-units} (file suffix {@code "-lokale-enheder"}): the forums' local units (lokalråd), one row
 *     per unit, with or without dated meetings, in plan order (forum, then local unit);</li>
 * <li>{@code meetings} (file suffix {@code "-moeder"}): the dated meetings of the forums' local units, one row
 *     per meeting, in plan order (forum, then local unit, then meeting).</li>
 * </ul>
 * The registry refuses any other output id ({@code EXP-008}) before the exporter runs.
 *
 * <h2>The forums table ({@code main})</h2>
 * A header row, then one row per forum. Header names are stable, lowercase ASCII with underscores, in the
 * output language: Danish by default, English with {@link dk.samarbejdsplan.model.Language#EN}.
 * <table>
 * <caption>Columns of the forums table</caption>
 * <tr><th scope="col">Danish header</th><th scope="col">English header</th><th scope="col">content</th>
 *     <th scope="col">kind</th></tr>
 * <tr><td>{@code kategori_nummer}</td><td>{@code category_number}</td><td>the category's number</td>
 *     <td>number</td></tr>
 * <tr><td>{@code kategori_titel}</td><td>{@code category_title}</td><td>the category's title</td>
 *     <td>text</td></tr>
 * <tr><td>{@code forum_id}</td><td>{@code forum_id}</td><td>the forum's stable id</td><td>text</td></tr>
 * <tr><td>{@code forum_navn}</td><td>{@code forum_name}</td><td>the forum's name</td><td>text</td></tr>
 * <tr><td>{@code emne}</td><td>{@code topic}</td><td>its topic</td><td>text</td></tr>
 * <tr><td>{@code repraesentanter}</td><td>{@code representatives}</td><td>the representatives, joined with
 *     {@code "; "}</td><td>text</td></tr>
 * <tr><td>{@code moedefrekvens}</td><td>{@code frequency}</td><td>the meeting frequency's canonical text,
 *     {@code MeetingFrequency.format()}, for example {@code Min. 4 (2 i 2007)} (Danish in both languages: it
 *     is the plan's own notation)</td><td>text</td></tr>
 * <tr><td>{@code moedefrekvens_i_ord}</td><td>{@code frequency_in_words}</td><td>the frequency in words in
 *     the output language, {@code Wording.frequency}, for example
 *     {@code mindst 4 møder om året (2 i 2007)}</td><td>text</td></tr>
 * <tr><td>{@code min_moeder_om_aaret}</td><td>{@code min_meetings_per_year}</td><td>the least number of
 *     meetings a year; empty for "Ad hoc" and "Besluttet lokalt"</td><td>number</td></tr>
 * <tr><td>{@code max_moeder_om_aaret}</td><td>{@code max_meetings_per_year}</td><td>the greatest number of
 *     meetings a year; empty when there is none ("Min. 4", "Ad hoc", "Besluttet lokalt")</td><td>number</td></tr>
 * <tr><td>{@code eu_frekvens}</td><td>{@code eu_frequency}</td><td>the EU Frequency authority code,
 *     {@code EuFrequency.code(frequency)}, for example {@code QUARTERLY}, {@code AS_NEEDED},
 *     {@code OTHER}</td><td>text</td></tr>
 * <tr><td>{@code kommissorium}</td><td>{@code terms_of_reference}</td><td>the terms of reference; empty when
 *     none</td><td>text</td></tr>
 * <tr><td>{@code maalsaetninger}</td><td>{@code goals}</td><td>the goals, joined with {@code "; "}</td>
 *     <td>text</td></tr>
 * <tr><td>{@code handleplan}</td><td>{@code action_plan}</td><td>the action plan; empty when none</td>
 *     <td>text</td></tr>
 * <tr><td>{@code snitflader}</td><td>{@code interfaces}</td><td>the ids of the forums it works with, joined
 *     with {@code "; "}</td><td>text</td></tr>
 * <tr><td>{@code noter}</td><td>{@code notes}</td><td>the notes, joined with {@code "; "}</td>
 *     <td>text</td></tr>
 * <tr><td>{@code antal_lokale_enheder}</td><td>{@code number_of_local_units}</td><td>how many local units
 *     (lokalråd) the forum has; they are in the local units table</td><td>number</td></tr>
 * <tr><td>{@code kategori_id}</td><td>{@code category_id}</td><td>the category's stable id</td><td>text</td></tr>
 * </table>
 *
 * <h2>The local units table ({@code local-units})</h2>
 * <table>
 * <caption>Columns of the local units table</caption>
 * <tr><th scope="col">Danish header</th><th scope="col">English header</th><th scope="col">content</th></tr>
 * <tr><td>{@code forum_id}</td><td>{@code forum_id}</td><td>the id of the forum holding the local unit</td></tr>
 * <tr><td>{@code forum_navn}</td><td>{@code forum_name}</td><td>that forum's name</td></tr>
 * <tr><td>{@code kommune}</td><td>{@code municipality}</td><td>the municipality's name</td></tr>
 * <tr><td>{@code kommunekode}</td><td>{@code municipality_code}</td><td>its kommunekode (text)</td></tr>
 * <tr><td>{@code handleplan}</td><td>{@code action_plan}</td><td>the unit's own action plan; empty when
 *     none</td></tr>
 * <tr><td>{@code antal_moeder}</td><td>{@code number_of_meetings}</td><td>how many dated meetings the unit has,
 *     {@code 0} when none (a number column)</td></tr>
 * </table>
 *
 * <h2>The meetings table ({@code meetings})</h2>
 * <table>
 * <caption>Columns of the meetings table</caption>
 * <tr><th scope="col">Danish header</th><th scope="col">English header</th><th scope="col">content</th></tr>
 * <tr><td>{@code forum_id}</td><td>{@code forum_id}</td><td>the id of the forum holding the local unit</td></tr>
 * <tr><td>{@code forum_navn}</td><td>{@code forum_name}</td><td>that forum's name</td></tr>
 * <tr><td>{@code kommune}</td><td>{@code municipality}</td><td>the municipality's name, for example
 *     {@code Greve}</td></tr>
 * <tr><td>{@code kommunekode}</td><td>{@code municipality_code}</td><td>its kommunekode, for example
 *     {@code 253} (a text column: a code, not a quantity)</td></tr>
 * <tr><td>{@code dato}</td><td>{@code date}</td><td>the meeting's date, ISO 8601 {@code yyyy-mm-dd}</td></tr>
 * <tr><td>{@code status}</td><td>{@code status}</td><td>{@code planlagt}/{@code afholdt} in Danish,
 *     {@code planned}/{@code held} in English; empty when the plan does not say</td></tr>
 * </table>
 * All columns of the meetings table are text columns.
 *
 * <h2>Lists and text</h2>
 * A list (representatives, goals, interfaces, notes) is one cell, its items joined with {@code "; "}
 * (semicolon, space), so every cell reads on one line in a spreadsheet. An item that itself contains
 * {@code "; "} cannot be told apart from two items in the CSV: the CSV is for reading and analysis, the plan
 * file (YAML/JSON) is the lossless form. Plan text is written exactly as it is in the plan, line breaks
 * included (a text of several paragraphs keeps its blank lines, inside a quoted cell).
 *
 * <h2>RFC 4180</h2>
 * UTF-8; a header row; every record, the last one too, ends with CRLF ({@code "\r\n"}) whatever the platform.
 * A cell is quoted ({@code "..."}) when it contains the delimiter, a double quote, CR, LF or a tab (which
 * Excel's text import would otherwise take for a delimiter), when it begins or ends with a space, or when it
 * was neutralised (below); a double quote inside a cell is doubled
 * ({@code ""}). Other cells are written bare. The delimiter is {@code ;} or {@code ,}; a UTF-8 byte order mark
 * ({@code U+FEFF}) may open the file. A Danish export is {@link dk.samarbejdsplan.export.csv.CsvOptions#EXCEL_DA}
 * by default ({@code ;} and the byte order mark: what Danish Excel opens correctly by a double click), an English
 * one {@link dk.samarbejdsplan.export.csv.CsvOptions#DEFAULT} (comma, no byte order mark: RFC 4180 as written).
 * {@code PlanExporter.note} says which in one line for the download list.
 *
 * <h2>Control characters</h2>
 * No control character of plan text reaches the file raw: C0 controls other than tab, CR and LF, DEL, the C1
 * controls and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are written
 * as a backslash, {@code u} and four upper-case hexadecimal digits (ESC as the six characters
 * {@code \}{@code u001B}), by {@code dk.samarbejdsplan.export.ControlCharacters}, before the quoting and formula rules apply.
 *
 * <h2>Formula injection</h2>
 * Following the OWASP advice on CSV injection, a <b>text</b> cell whose first character is one of
 * {@code =} (equals), {@code +} (plus), {@code -} (hyphen-minus), {@code @} (at), tab ({@code U+0009}) or
 * carriage return ({@code U+000D}) gets a single quote ({@code '}) put in front of it and is quoted, so a
 * spreadsheet shows it as text and never evaluates it: the plan text {@code =HYPERLINK("http://x")} becomes the
 * cell {@code "'=HYPERLINK(""http://x"")"}. A text that starts with one or more single quotes followed by one
 * of those six characters is prefixed the same way ({@code '=1} becomes {@code ''=1}), which makes the rule
 * exactly reversible: <em>a reader that wants the plan's text removes one leading {@code '} from every cell
 * that starts with one or more {@code '} followed by {@code = + - @}, tab or CR</em>, and leaves every other
 * cell alone. The rule looks at the characters only and applies to every text column whatever the text, so a
 * text that merely looks like a negative number ({@code -2}, or a phone number {@code +45 ...}) is written as
 * {@code '-2}. The number columns ({@code kategori_nummer}, {@code min_moeder_om_aaret},
 * {@code max_moeder_om_aaret}, {@code antal_lokale_enheder}) hold plain decimal integers written by the
 * exporter (never plan text), are never prefixed and stay numbers in a spreadsheet. The kommunekode and the
 * date are text columns; the rule applies to them too (a valid plan's codes and dates never start with one of
 * the six).
 *
 * <h2>Options</h2>
 * {@link dk.samarbejdsplan.export.csv.CsvOptions} as typed format options, or the string parameters
 * {@code csv.delimiter} ({@code ,} or {@code ;}) and {@code csv.bom} ({@code true} or {@code false}), each
 * changing the default of the output language; the typed options win when both are given.
 *
 * <h2>Diagnostics</h2>
 * <ul>
 * <li>{@code EXP-CSV-002}: a delimiter other than {@code ,} or {@code ;};</li>
 * <li>{@code EXP-CSV-003}: {@code csv.bom} neither {@code true} nor {@code false}.</li>
 * </ul>
 * Each is an {@link IllegalArgumentException} whose message starts with the code.
 */
package dk.samarbejdsplan.export.csv;
