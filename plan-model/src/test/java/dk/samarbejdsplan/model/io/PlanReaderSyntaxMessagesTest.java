package dk.samarbejdsplan.model.io;

import static dk.samarbejdsplan.model.io.PlanReaderProblemsTest.assertProblem;
import static dk.samarbejdsplan.model.io.PlanReaderProblemsTest.jsonProblems;
import static dk.samarbejdsplan.model.io.PlanReaderProblemsTest.only;
import static dk.samarbejdsplan.model.io.PlanReaderProblemsTest.yamlProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The syntax errors (PLAN-READ-005) in plain Danish and English, saying what to do, at the place to fix; and
 * the duplicate key (PLAN-READ-008) on one line, naming both columns. The parsers' English words appear only in
 * the generic message, in parentheses labelled as the parser's own.
 */
class PlanReaderSyntaxMessagesTest {
    private static final String HEAD = "district: {name: D}\nyear: 2007\n";
    /** Words of the parsers' English messages that must never be in a translated message. */
    private static final List<String> PARSER_WORDS = List.of("while ", "scanning", "expected", "found ",
            "unexpected", "token", "marker", "Source:");

    // ---- YAML ------------------------------------------------------------------------------------------

    @Test
    void unclosedDoubleQuoteIsReportedWhereItOpens() {
        assertSyntax(yamlProblems(HEAD + "title: \"Samarbejdsplan for 2007\nsubtitle: x\n"), 3, 8,
                "plan.yaml:3:8: ugyldig YAML: anførselstegnet \" her bliver aldrig lukket, så resten af filen "
                        + "(til linje 5, kolonne 1) læses som én tekst; sæt et \" efter tekstens sidste tegn",
                "plan.yaml:3:8: invalid YAML: the quote \" here is never closed, so the rest of the file "
                        + "(to line 5, column 1) is read as one text; put a \" after the last character of the text");
    }

    @Test
    void unclosedSingleQuoteNamesTheSingleQuote() {
        assertSyntax(yamlProblems(HEAD + "title: 'Samarbejdsplan\n"), 3, 8,
                "plan.yaml:3:8: ugyldig YAML: anførselstegnet ' her bliver aldrig lukket, så resten af filen "
                        + "(til linje 4, kolonne 1) læses som én tekst; sæt et ' efter tekstens sidste tegn",
                "plan.yaml:3:8: invalid YAML: the quote ' here is never closed, so the rest of the file "
                        + "(to line 4, column 1) is read as one text; put a ' after the last character of the text");
    }

    @Test
    void unclosedQuoteInAFlowMappingAfterAMultiByteLine() {
        // line 1 holds "æ" (two UTF-8 bytes, one column): the column counts characters
        List<PlanProblem> problems = yamlProblems("# æ\ndistrict: {name: \"D}\n");
        PlanProblem p = only(problems);
        assertProblem(p, PlanProblem.SYNTAX_ERROR, "", 2, 18);
    }

    @Test
    void colonInsideAnUnquotedText() {
        assertSyntax(yamlProblems(HEAD + "title: Plan: for 2007\n"), 3, 12,
                "plan.yaml:3:12: ugyldig YAML: et kolon (:) kan ikke stå her; er kolonet en del af en tekst, så "
                        + "sæt hele teksten i anførselstegn (fx title: \"Plan: 2007\"), ellers ret linjens indrykning",
                "plan.yaml:3:12: invalid YAML: a colon (:) cannot stand here; if the colon is part of a text, put "
                        + "the whole text in quotes (e.g. title: \"Plan: 2007\"), otherwise fix the line's "
                        + "indentation");
    }

    @Test
    void keyWithoutColonIsReportedOnItsOwnLine() {
        assertSyntax(yamlProblems(HEAD + "title\nsubtitle: x\n"), 3, 1,
                "plan.yaml:3:1: ugyldig YAML: der mangler et kolon (:) efter nøglen, der begynder her; skriv "
                        + "\"nøgle: værdi\" med et mellemrum efter kolonet, eller ryk linjen længere ind, hvis den "
                        + "fortsætter teksten fra linjen før",
                "plan.yaml:3:1: invalid YAML: a colon (:) is missing after the key that starts here; write "
                        + "\"key: value\" with a space after the colon, or indent the line further if it continues "
                        + "the text of the line before");
    }

    @Test
    void tabIndentation() {
        assertSyntax(yamlProblems("district:\n\tname: D\n"), 2, 1,
                "plan.yaml:2:1: ugyldig YAML: der står en tabulator her, og YAML tillader ikke tabulatorer til "
                        + "indrykning; brug mellemrum, ikke tabulator: ryk linjen ind med mellemrum",
                "plan.yaml:2:1: invalid YAML: there is a tab here, and YAML does not allow tabs for indentation; "
                        + "indent with spaces, not tabs");
    }

    @Test
    void badIndentation() {
        assertSyntax(yamlProblems("district:\n  name: D\n year: 2007\n"), 3, 2,
                "plan.yaml:3:2: ugyldig YAML: forkert indrykning: linjen er ikke rykket lige så langt ind som "
                        + "linjerne på samme niveau over den; ryk den ind med præcis samme antal mellemrum som de "
                        + "andre nøgler eller listepunkter i blokken, der begynder i linje 1, kolonne 1",
                "plan.yaml:3:2: invalid YAML: wrong indentation: the line is not indented as far as the lines at "
                        + "the same level above it; indent it with exactly as many spaces as the other keys or "
                        + "list items of the block that starts on line 1, column 1");
    }

    @Test
    void fileEndsBeforeTheBracketIsClosed() {
        assertSyntax(yamlProblems("year: 2007\ndistrict: {name: D\n"), 2, 11,
                "plan.yaml:2:11: ugyldig YAML: filen slutter (i linje 3), før klammen { her er lukket; sæt et } "
                        + "efter det sidste element",
                "plan.yaml:2:11: invalid YAML: the file ends (on line 3) before the bracket { here is closed; "
                        + "put a } after the last element");
        assertSyntax(yamlProblems(HEAD + "sections: [a, b\n"), 3, 11,
                "plan.yaml:3:11: ugyldig YAML: filen slutter (i linje 4), før klammen [ her er lukket; sæt et ] "
                        + "efter det sidste element",
                "plan.yaml:3:11: invalid YAML: the file ends (on line 4) before the bracket [ here is closed; "
                        + "put a ] after the last element");
    }

    @Test
    void wrongClosingBracket() {
        assertSyntax(yamlProblems("district: {name: D]\n"), 1, 19,
                "plan.yaml:1:19: ugyldig YAML: her skulle der stå et komma (,) eller et }, der lukker { i linje 1, "
                        + "kolonne 11; tjek at klammerne passer sammen, og at der er komma mellem elementerne",
                "plan.yaml:1:19: invalid YAML: a comma (,) or a } closing the { on line 1, column 11 was expected "
                        + "here; check that the brackets match and that elements are separated by commas");
    }

    @Test
    void reservedCharacterCannotStartAValue() {
        assertSyntax(yamlProblems(HEAD + "title: @politi\n"), 3, 8,
                "plan.yaml:3:8: ugyldig YAML: en værdi kan ikke begynde med tegnet @; sæt hele teksten i "
                        + "anførselstegn, fx \"@...\"",
                "plan.yaml:3:8: invalid YAML: a value cannot start with the character @; put the whole text in "
                        + "quotes, e.g. \"@...\"");
    }

    @Test
    void unknownEscapeInDoubleQuotes() {
        // the parser points at the character after the backslash
        assertSyntax(yamlProblems(HEAD + "title: \"C:\\plan\"\n"), 3, 12,
                "plan.yaml:3:12: ugyldig YAML: \\p er ikke et gyldigt escape-tegn i en tekst i \"dobbelte "
                        + "anførselstegn\"; skriv \\\\ for en omvendt skråstreg, eller sæt teksten i 'enkelte "
                        + "anførselstegn'",
                "plan.yaml:3:12: invalid YAML: \\p is not a valid escape in a text in \"double quotes\"; write \\\\ "
                        + "for a backslash, or put the text in 'single quotes'");
    }

    @Test
    void otherYamlProblemsKeepTheParsersWordsInLabelledParenthesesInEnglishOnly() {
        PlanProblem p = only(yamlProblems("a: &\n"));
        assertProblem(p, PlanProblem.SYNTAX_ERROR, "", 1, 5);
        assertEquals("plan.yaml:1:5: ugyldig YAML: filen er ikke gyldig YAML her; tjek indrykning, kolon og "
                + "anførselstegn omkring dette sted", p.message(Language.DA), "no English in Danish");
        assertEquals("plan.yaml:1:5: invalid YAML: the file is not valid YAML here; check indentation, colons and "
                + "quotes around this place (the YAML parser's own message: while scanning an anchor: "
                + "unexpected character found  (10))", p.message(Language.EN));
    }

    // ---- JSON ------------------------------------------------------------------------------------------

    @Test
    void jsonTrailingComma() {
        assertSyntax(jsonProblems("{\"district\": {\"name\": \"D\"},\n  \"year\": 2007,\n}"), 3, 1,
                "plan.json:3:1: ugyldig JSON: der står et komma for meget før }; fjern kommaet efter det sidste "
                        + "element",
                "plan.json:3:1: invalid JSON: there is one comma too many before }; remove the comma after the "
                        + "last element");
    }

    @Test
    void jsonUnexpectedCharacter() {
        assertSyntax(jsonProblems("{\"year\": x}"), 1, 10,
                "plan.json:1:10: ugyldig JSON: x er ikke en gyldig JSON-værdi; en tekst skal stå i dobbelte "
                        + "anførselstegn (\"x\"), mens tal, true, false og null skrives uden",
                "plan.json:1:10: invalid JSON: x is not a valid JSON value; a text must be in double quotes "
                        + "(\"x\"), while numbers, true, false and null are written without");
    }

    @Test
    void jsonUnexpectedEndOfInput() {
        assertSyntax(jsonProblems("{\"year\": 2007"), 1, 14,
                "plan.json:1:14: ugyldig JSON: filen slutter, før alle { er lukket; tilføj det manglende }",
                "plan.json:1:14: invalid JSON: the file ends before every { is closed; add the missing }");
        assertSyntax(jsonProblems("{\"year\": \"2007"), 1, 15,
                "plan.json:1:15: ugyldig JSON: filen slutter inde i en tekst; et anførselstegn (\") er ikke "
                        + "lukket - sæt et \" efter tekstens sidste tegn",
                "plan.json:1:15: invalid JSON: the file ends inside a text; a quote (\") is not closed - put a \" "
                        + "after the last character of the text");
    }

    @Test
    void jsonMissingComma() {
        assertSyntax(jsonProblems("{\"year\": 2007\n \"title\": \"x\"}"), 2, 2,
                "plan.json:2:2: ugyldig JSON: der mangler et komma (,) før dette element; sæt et komma mellem "
                        + "elementerne",
                "plan.json:2:2: invalid JSON: a comma (,) is missing before this element; put a comma between the "
                        + "elements");
    }

    @Test
    void jsonMissingColon() {
        assertSyntax(jsonProblems("{\"year\" 2007}"), 1, 9,
                "plan.json:1:9: ugyldig JSON: der mangler et kolon (:) mellem nøglen og værdien; skriv "
                        + "\"nøgle\": værdi",
                "plan.json:1:9: invalid JSON: a colon (:) is missing between the key and the value; write "
                        + "\"key\": value");
    }

    @Test
    void jsonUnquotedKey() {
        assertSyntax(jsonProblems("{year: 2007}"), 1, 2,
                "plan.json:1:2: ugyldig JSON: en nøgle skal stå i dobbelte anførselstegn; skriv fx \"year\": 2007 "
                        + "og ikke year: 2007",
                "plan.json:1:2: invalid JSON: a key must be in double quotes; write e.g. \"year\": 2007, not "
                        + "year: 2007");
        assertSyntax(jsonProblems("{'year': 2007}"), 1, 2,
                "plan.json:1:2: ugyldig JSON: JSON bruger kun dobbelte anførselstegn; skriv \"...\" i stedet for "
                        + "'...'",
                "plan.json:1:2: invalid JSON: JSON uses double quotes only; write \"...\" instead of '...'");
    }

    @Test
    void leadingZeroes() {
        PlanProblem p = only(jsonProblems("{\"year\": 02007}"));
        assertProblem(p, PlanProblem.SYNTAX_ERROR, "", 1, 11);
        assertEquals("plan.json:1:11: ugyldig JSON: et tal må ikke begynde med 0; skriv fx 2007 og ikke 02007",
                p.message(Language.DA));
        assertEquals("plan.json:1:11: invalid JSON: a number must not begin with 0; write e.g. 2007, not 02007",
                p.message(Language.EN));
    }

    @Test
    void notANumberHasNoHintToEnableAParserFeature() {
        PlanProblem p = only(jsonProblems("{\"year\": NaN}"));
        assertEquals(PlanProblem.SYNTAX_ERROR, p.code());
        assertTrue(p.message(Language.DA).endsWith("ugyldig JSON: NaN er ikke et tal i JSON; skriv et helt tal"),
                p.message(Language.DA));
        assertFalse(p.message(Language.EN).contains("JsonReadFeature"), p.message(Language.EN));
    }

    @Test
    void aRawControlCharacterInAJsonText() {
        PlanProblem p = only(jsonProblems("{\"title\": \"a\u0007b\"}"));
        assertEquals(PlanProblem.SYNTAX_ERROR, p.code());
        assertTrue(p.message(Language.DA).contains("ugyldig JSON: en tekst indeholder styretegnet U+0007 direkte"),
                p.message(Language.DA));
        assertTrue(p.message(Language.EN).contains("a text holds the control character U+0007"),
                p.message(Language.EN));
    }

    @Test
    void otherJsonProblemsKeepTheParsersWordsInLabelledParenthesesInEnglishOnly() {
        PlanProblem p = only(jsonProblems("{\"year\": -}"));
        assertEquals(PlanProblem.SYNTAX_ERROR, p.code());
        assertTrue(p.message(Language.DA).endsWith("ugyldig JSON: filen er ikke gyldig JSON her; tjek kommaer, "
                + "klammer og anførselstegn omkring dette sted"), p.message(Language.DA));
        assertTrue(p.message(Language.EN).contains("(the JSON parser's own message: "), p.message(Language.EN));
    }

    /** Every Danish syntax message of a corpus of broken files holds none of the parsers' English words. */
    @Test
    void danishMessagesHoldNoEnglish() {
        List<String> json = List.of("{\"year\": 02007}", "{\"year\": NaN}", "{\"year\": -Infinity}", "{\"year\": -}",
                "{\"title\": \"a\tb\"}", "{\"year\": 2007,}", "{year: 2007}", "{\"a\": 1 /* x */}", "{\"a\": tru}",
                "{\"a\": [1}", "{\"a\": 1", "[1, 2]]", "{\"a\": 1.}", "{\"a\": 0x10}", "{\"a\": +1}", "{\"a\": \"\\q\"}");
        List<String> yaml = List.of("a: &\n", "a: [1\n", "a: b: c\n", "- a\nb: c\n", "a: \"x\\qy\"\n", "a: @x\n",
                "a:\n  - b\n c: d\n", "? [a\n", "a: !<x\n", "%FOO bar\n---\na: 1\n", "a: 'x\n");
        List<String> english = List.of("while ", "scanning", "expected", "found ", "unexpected", "token", "marker",
                "Source:", "enable", "Feature", "allow", "character", "Illegal", "Invalid", "value");
        for (List<String> corpus : List.of(json, yaml)) {
            for (String text : corpus) {
                List<PlanProblem> problems = corpus == json ? jsonProblems(text) : yamlProblems(text);
                for (PlanProblem p : problems) {
                    String da = p.detail(Language.DA);
                    for (String word : english) {
                        assertFalse(da.contains(word), () -> text + " gives English \"" + word + "\" in: " + da);
                    }
                }
            }
        }
    }

    // ---- duplicate keys ---------------------------------------------------------------------------------

    @Test
    void duplicateKeyOnOneLineNamesBothColumns() {
        assertDuplicateKey(jsonProblems("{\"district\": {\"name\": \"D\"}, \"year\": 2007, \"year\": 2008}"),
                "year", 1, 43,
                "plan.json:1:43: year: nøglen \"year\" står to gange, på linje 1, kolonne 29 og kolonne 43; "
                        + "den må kun stå én gang",
                "plan.json:1:43: year: the key \"year\" is written twice, on line 1, column 29 and column 43; "
                        + "write it once");
    }

    @Test
    void duplicateKeyOnTwoLinesNamesBothLines() {
        assertDuplicateKey(jsonProblems("{\"district\": {\"name\": \"D\"},\n\"year\": 2007,\n\"year\": 2008}"),
                "year", 3, 1,
                "plan.json:3:1: year: nøglen \"year\" står to gange, i linje 2 og i linje 3; den må kun stå én gang",
                "plan.json:3:1: year: the key \"year\" is written twice, on line 2 and on line 3; write it once");
    }

    @Test
    void duplicateKeyInAYamlFlowMappingNamesBothColumns() {
        assertDuplicateKey(yamlProblems("district: {name: D, name: E}\nyear: 2007\n"), "district.name", 1, 21,
                "plan.yaml:1:21: district.name: nøglen \"name\" står to gange, på linje 1, kolonne 12 og "
                        + "kolonne 21; den må kun stå én gang",
                "plan.yaml:1:21: district.name: the key \"name\" is written twice, on line 1, column 12 and "
                        + "column 21; write it once");
    }

    private static void assertDuplicateKey(List<PlanProblem> problems, String path, int line, int column, String da,
            String en) {
        PlanProblem p = only(problems);
        assertProblem(p, PlanProblem.DUPLICATE_KEY, path, line, column);
        assertEquals(da, p.message(Language.DA));
        assertEquals(en, p.message(Language.EN));
    }

    private static void assertSyntax(List<PlanProblem> problems, int line, int column, String da, String en) {
        PlanProblem p = only(problems);
        assertProblem(p, PlanProblem.SYNTAX_ERROR, "", line, column);
        assertEquals(da, p.message(Language.DA));
        assertEquals(en, p.message(Language.EN));
        for (String word : PARSER_WORDS) {
            assertFalse(p.message(Language.DA).toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
                    () -> "parser word \"" + word + "\" in: " + p.message(Language.DA));
        }
    }
}
