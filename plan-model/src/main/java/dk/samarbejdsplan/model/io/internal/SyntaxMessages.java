package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.io.SourceLocation;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Plain Danish and English for the syntax errors of the YAML and JSON parsers (PLAN-READ-005): what is wrong and
 * what to do. The parsers' own English words appear only in the English message of a problem not recognised
 * here, in parentheses labelled as the parser's message; a Danish message holds no English (nor the parsers'
 * hints to enable features, such as Jackson's "enable JsonReadFeature ...").
 */
public final class SyntaxMessages {
    private static final Pattern UNEXPECTED_CHARACTER =
            Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern CANNOT_START_TOKEN = Pattern.compile("found character '(.)' that cannot start");
    private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("found unknown escape character (.)\\(");
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern JACKSON_SOURCE =
            Pattern.compile("\\s*\\((?:start marker at|for \\w+ starting at) \\[Source:[^\\]]*\\]\\)");

    private SyntaxMessages() {
    }

    /**
     * A syntax error: the place to report, and the Danish and English detail.
     *
     * @param location where the problem is (for an unclosed quote or bracket: where it opened)
     * @param da the detail in Danish
     * @param en the detail in English
     */
    public record Syntax(SourceLocation location, String da, String en) {
    }

    /**
     * Translates a SnakeYAML Engine syntax error.
     *
     * @param e the error
     * @param text the document (to see which quote or bracket opened)
     * @param source the source name
     * @return the place and the message
     */
    public static Syntax yaml(MarkedYamlEngineException e, String text, String source) {
        String context = Optional.ofNullable(e.getContext()).orElse("");
        String problem = Optional.ofNullable(e.getProblem()).orElse("");
        Optional<Mark> contextMark = e.getContextMark();
        Optional<Mark> problemMark = e.getProblemMark();
        SourceLocation at = location(problemMark.or(() -> contextMark), source);
        SourceLocation opened = location(contextMark.or(() -> problemMark), source);
        String prefixDa = "ugyldig YAML: ";
        String prefixEn = "invalid YAML: ";
        boolean endOfStream = problem.contains("end of stream") || problem.contains("<stream end>");

        if (context.contains("quoted scalar")
                && (endOfStream || problem.contains("document separator")) && opened != null) {
            String quote = characterAt(text, opened).filter(q -> q.equals("'")).orElse("\"");
            String end = at == null ? "" : " (til linje " + at.line() + ", kolonne " + at.column() + ")";
            String endEn = at == null ? "" : " (to line " + at.line() + ", column " + at.column() + ")";
            return new Syntax(opened,
                    prefixDa + "anførselstegnet " + quote + " her bliver aldrig lukket, så resten af filen" + end
                            + " læses som én tekst; sæt et " + quote + " efter tekstens sidste tegn",
                    prefixEn + "the quote " + quote + " here is never closed, so the rest of the file" + endEn
                            + " is read as one text; put a " + quote + " after the last character of the text");
        }
        if (problem.contains("cannot start any token")) {
            Matcher m = CANNOT_START_TOKEN.matcher(problem);
            String c = m.find() ? m.group(1) : "";
            if (problem.contains("\\t") || c.equals("\\")) {
                return new Syntax(at,
                        prefixDa + "der står en tabulator her, og YAML tillader ikke tabulatorer til indrykning; "
                                + "brug mellemrum, ikke tabulator: ryk linjen ind med mellemrum",
                        prefixEn + "there is a tab here, and YAML does not allow tabs for indentation; "
                                + "indent with spaces, not tabs");
            }
            if (!c.isEmpty()) {
                return new Syntax(at,
                        prefixDa + "en værdi kan ikke begynde med tegnet " + c + "; sæt hele teksten i "
                                + "anførselstegn, fx \"" + c + "...\"",
                        prefixEn + "a value cannot start with the character " + c + "; put the whole text in "
                                + "quotes, e.g. \"" + c + "...\"");
            }
        }
        if (problem.contains("mapping values are not allowed here")) {
            return new Syntax(at,
                    prefixDa + "et kolon (:) kan ikke stå her; er kolonet en del af en tekst, så sæt hele teksten "
                            + "i anførselstegn (fx title: \"Plan: 2007\"), ellers ret linjens indrykning",
                    prefixEn + "a colon (:) cannot stand here; if the colon is part of a text, put the whole text "
                            + "in quotes (e.g. title: \"Plan: 2007\"), otherwise fix the line's indentation");
        }
        if (problem.contains("could not find expected ':'")) {
            return new Syntax(opened,
                    prefixDa + "der mangler et kolon (:) efter nøglen, der begynder her; skriv \"nøgle: værdi\" "
                            + "med et mellemrum efter kolonet, eller ryk linjen længere ind, hvis den fortsætter "
                            + "teksten fra linjen før",
                    prefixEn + "a colon (:) is missing after the key that starts here; write \"key: value\" with "
                            + "a space after the colon, or indent the line further if it continues the text of "
                            + "the line before");
        }
        if (problem.contains("expected <block end>")) {
            String block = opened == null ? "" : ", der begynder i linje " + opened.line() + ", kolonne "
                    + opened.column();
            String blockEn = opened == null ? "" : " that starts on line " + opened.line() + ", column "
                    + opened.column();
            return new Syntax(at,
                    prefixDa + "forkert indrykning: linjen er ikke rykket lige så langt ind som linjerne på "
                            + "samme niveau over den; ryk den ind med præcis samme antal mellemrum som de andre "
                            + "nøgler eller listepunkter i blokken" + block,
                    prefixEn + "wrong indentation: the line is not indented as far as the lines at the same "
                            + "level above it; indent it with exactly as many spaces as the other keys or list "
                            + "items of the block" + blockEn);
        }
        if (context.contains("flow mapping") || context.contains("flow sequence")) {
            boolean mapping = context.contains("flow mapping");
            String open = mapping ? "{" : "[";
            String close = mapping ? "}" : "]";
            String where = opened == null ? "" : " i linje " + opened.line() + ", kolonne " + opened.column();
            String whereEn = opened == null ? "" : " on line " + opened.line() + ", column " + opened.column();
            if (endOfStream) {
                String end = at == null ? "" : " (i linje " + at.line() + ")";
                String endEn = at == null ? "" : " (on line " + at.line() + ")";
                return new Syntax(opened,
                        prefixDa + "filen slutter" + end + ", før klammen " + open + " her er lukket; sæt et "
                                + close + " efter det sidste element",
                        prefixEn + "the file ends" + endEn + " before the bracket " + open + " here is closed; "
                                + "put a " + close + " after the last element");
            }
            if (problem.startsWith("expected ','")) {
                return new Syntax(at,
                        prefixDa + "her skulle der stå et komma (,) eller et " + close + ", der lukker " + open
                                + where + "; tjek at klammerne passer sammen, og at der er komma mellem "
                                + "elementerne",
                        prefixEn + "a comma (,) or a " + close + " closing the " + open + whereEn
                                + " was expected here; check that the brackets match and that elements are "
                                + "separated by commas");
            }
        }
        if (problem.contains("found unknown escape character")) {
            Matcher m = UNKNOWN_ESCAPE.matcher(problem);
            String c = m.find() ? m.group(1) : "";
            return new Syntax(at,
                    prefixDa + "\\" + c + " er ikke et gyldigt escape-tegn i en tekst i \"dobbelte "
                            + "anførselstegn\"; skriv \\\\ for en omvendt skråstreg, eller sæt teksten i "
                            + "'enkelte anførselstegn'",
                    prefixEn + "\\" + c + " is not a valid escape in a text in \"double quotes\"; write \\\\ for "
                            + "a backslash, or put the text in 'single quotes'");
        }
        if (endOfStream) {
            return new Syntax(at,
                    prefixDa + "filen slutter uventet her; noget er ikke afsluttet (et anførselstegn, en klamme "
                            + "eller en liste) - tjek linjerne over",
                    prefixEn + "the file ends unexpectedly here; something is not finished (a quote, a bracket "
                            + "or a list) - check the lines above");
        }
        String parser = (context.isEmpty() ? problem : context + ": " + problem).replace('\n', ' ').strip();
        return new Syntax(at,
                prefixDa + "filen er ikke gyldig YAML her; tjek indrykning, kolon og anførselstegn omkring dette "
                        + "sted",
                prefixEn + "the file is not valid YAML here; check indentation, colons and quotes around this "
                        + "place (the YAML parser's own message: " + parser + ")");
    }

    /**
     * A YAML syntax error that did not come from SnakeYAML Engine's scanner or parser.
     *
     * @param original the parser's message
     * @param at where the parser stopped, or {@code null}
     * @return the place and the message
     */
    public static Syntax otherYaml(String original, SourceLocation at) {
        String parser = original.replace('\n', ' ').strip();
        return new Syntax(at,
                "ugyldig YAML: filen er ikke gyldig YAML her; tjek indrykning, kolon og anførselstegn omkring dette "
                        + "sted",
                "invalid YAML: the file is not valid YAML here; check indentation, colons and quotes around this "
                        + "place (the YAML parser's own message: " + parser + ")");
    }

    /**
     * Translates a Jackson JSON syntax error.
     *
     * @param original the parser's message, without location
     * @param at where the parser stopped, or {@code null}
     * @return the place and the message
     */
    public static Syntax json(String original, SourceLocation at) {
        String prefixDa = "ugyldig JSON: ";
        String prefixEn = "invalid JSON: ";
        String message = JACKSON_SOURCE.matcher(original.replace('\n', ' ')).replaceAll("").strip();
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(message);
        String c = unexpected.find() ? unexpected.group(1) : null;
        if (message.contains("was expecting comma to separate")) {
            return new Syntax(at,
                    prefixDa + "der mangler et komma (,) før dette element; sæt et komma mellem elementerne",
                    prefixEn + "a comma (,) is missing before this element; put a comma between the elements");
        }
        if (message.contains("was expecting a colon to separate")) {
            return new Syntax(at,
                    prefixDa + "der mangler et kolon (:) mellem nøglen og værdien; skriv \"nøgle\": værdi",
                    prefixEn + "a colon (:) is missing between the key and the value; write \"key\": value");
        }
        if (c != null && (c.equals("}") || c.equals("]"))
                && (message.contains("double-quote to start property name") || message.contains("valid value"))) {
            return new Syntax(at,
                    prefixDa + "der står et komma for meget før " + c + "; fjern kommaet efter det sidste element",
                    prefixEn + "there is one comma too many before " + c + "; remove the comma after the last "
                            + "element");
        }
        if (c != null && c.equals("'")) {
            return new Syntax(at,
                    prefixDa + "JSON bruger kun dobbelte anførselstegn; skriv \"...\" i stedet for '...'",
                    prefixEn + "JSON uses double quotes only; write \"...\" instead of '...'");
        }
        if (c != null && message.contains("double-quote to start property name")) {
            return new Syntax(at,
                    prefixDa + "en nøgle skal stå i dobbelte anførselstegn; skriv fx \"year\": 2007 og ikke "
                            + "year: 2007",
                    prefixEn + "a key must be in double quotes; write e.g. \"year\": 2007, not year: 2007");
        }
        if (message.contains("maybe a (non-standard) comment")) {
            return new Syntax(at,
                    prefixDa + "JSON tillader ikke kommentarer; fjern kommentaren",
                    prefixEn + "JSON does not allow comments; remove the comment");
        }
        if (message.startsWith("Unexpected end-of-input")) {
            if (message.contains("closing quote")) {
                return new Syntax(at,
                        prefixDa + "filen slutter inde i en tekst; et anførselstegn (\") er ikke lukket - sæt et \" "
                                + "efter tekstens sidste tegn",
                        prefixEn + "the file ends inside a text; a quote (\") is not closed - put a \" after the "
                                + "last character of the text");
            }
            if (message.contains("close marker for Object") || message.contains("close marker for Array")) {
                String close = message.contains("Object") ? "}" : "]";
                String open = message.contains("Object") ? "{" : "[";
                return new Syntax(at,
                        prefixDa + "filen slutter, før alle " + open + " er lukket; tilføj det manglende " + close,
                        prefixEn + "the file ends before every " + open + " is closed; add the missing " + close);
            }
            return new Syntax(at,
                    prefixDa + "filen slutter uventet her; noget er ikke afsluttet (et anførselstegn eller en "
                            + "klamme)",
                    prefixEn + "the file ends unexpectedly here; something is not finished (a quote or a "
                            + "bracket)");
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
        boolean unrecognized = token.find();
        if (unrecognized || (c != null && message.contains("expected a valid value"))) {
            String value = unrecognized ? token.group(1) : c;
            return new Syntax(at,
                    prefixDa + value + " er ikke en gyldig JSON-værdi; en tekst skal stå i dobbelte "
                            + "anførselstegn (\"" + value + "\"), mens tal, true, false og null skrives uden",
                    prefixEn + value + " is not a valid JSON value; a text must be in double quotes (\"" + value
                            + "\"), while numbers, true, false and null are written without");
        }
        Matcher control = CONTROL_CHARACTER.matcher(message);
        if (control.find()) {
            String code = String.format(java.util.Locale.ROOT, "U+%04X", Integer.parseInt(control.group(1)));
            return new Syntax(at,
                    prefixDa + "en tekst indeholder styretegnet " + code + " direkte; skriv et linjeskift som \\n og "
                            + "et tabulatortegn som \\t, og fjern andre styretegn",
                    prefixEn + "a text holds the control character " + code + " as it is; write a line break as \\n "
                            + "and a tab as \\t, and remove other control characters");
        }
        if (message.contains("Leading zeroes not allowed")) {
            return new Syntax(at,
                    prefixDa + "et tal må ikke begynde med 0; skriv fx 2007 og ikke 02007",
                    prefixEn + "a number must not begin with 0; write e.g. 2007, not 02007");
        }
        Matcher nonNumber = NON_NUMERIC.matcher(message);
        if (nonNumber.find()) {
            return new Syntax(at,
                    prefixDa + nonNumber.group(1) + " er ikke et tal i JSON; skriv et helt tal",
                    prefixEn + nonNumber.group(1) + " is not a number in JSON; write a whole number");
        }
        if (message.startsWith("Unexpected close marker")) {
            return new Syntax(at,
                    prefixDa + "klammerne passer ikke sammen her: en { skal lukkes med } og en [ med ]",
                    prefixEn + "the brackets do not match here: a { is closed by } and a [ by ]");
        }
        return new Syntax(at,
                prefixDa + "filen er ikke gyldig JSON her; tjek kommaer, klammer og anførselstegn omkring dette sted",
                prefixEn + "the file is not valid JSON here; check commas, brackets and quotes around this place "
                        + "(the JSON parser's own message: " + message + ")");
    }

    private static SourceLocation location(Optional<Mark> mark, String source) {
        return mark.map(m -> new SourceLocation(source, m.getLine() + 1, m.getColumn() + 1)).orElse(null);
    }

    /** The character at a 1-based line and column (columns count code points), if there is one. */
    private static Optional<String> characterAt(String text, SourceLocation at) {
        int line = 1;
        int i = 0;
        while (line < at.line() && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
            }
        }
        for (int column = 1; column < at.column() && i < text.length(); column++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i < text.length() ? Optional.of(new String(Character.toChars(text.codePointAt(i))))
                : Optional.empty();
    }
}
