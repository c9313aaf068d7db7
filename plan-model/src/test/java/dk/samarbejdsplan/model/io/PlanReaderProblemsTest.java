package dk.samarbejdsplan.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem code of {@link PlanReader}, in Danish and English: the code, the plan path, the line and column,
 * and the words that say what was expected.
 */
class PlanReaderProblemsTest {
    private static final PlanReader READER = PlanReader.create();
    private static final String HEAD = "district: {name: Midt- og Vestsjællands Politi}\nyear: 2007\n";

    @TempDir
    Path dir;

    // ---- files -------------------------------------------------------------------------------------------

    @Test
    void fileNotFound() {
        Path missing = dir.resolve("findes-ikke.yaml");
        PlanProblem p = only(assertThrows(PlanReadException.class, () -> READER.read(missing)));
        assertProblem(p, PlanProblem.FILE_NOT_FOUND, "", null, null);
        assertEquals(missing + ": filen findes ikke", p.message(Language.DA));
        assertEquals(missing + ": the file does not exist", p.message(Language.EN));
    }

    @Test
    void folderIsUnreadable() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("plan.yaml"));
        PlanProblem p = only(assertThrows(PlanReadException.class, () -> READER.read(folder)));
        assertProblem(p, PlanProblem.FILE_UNREADABLE, "", null, null);
        assertTrue(p.message(Language.DA).contains("er en mappe"), p.message(Language.DA));
        assertTrue(p.message(Language.EN).contains("is a folder"), p.message(Language.EN));
    }

    @Test
    void failingStreamIsUnreadable() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        PlanProblem p = only(assertThrows(PlanReadException.class,
                () -> READER.read(failing, "net.yaml", PlanFormat.YAML)));
        assertProblem(p, PlanProblem.FILE_UNREADABLE, "", null, null);
        assertEquals("net.yaml: filen kan ikke læses: disk on fire", p.message(Language.DA));
        assertEquals("net.yaml: the file cannot be read: disk on fire", p.message(Language.EN));
    }

    @Test
    void unknownExtensionNamesTheAcceptedOnes() throws IOException {
        Path text = Files.writeString(dir.resolve("plan.txt"), HEAD);
        PlanProblem p = only(assertThrows(PlanReadException.class, () -> READER.read(text)));
        assertProblem(p, PlanProblem.UNSUPPORTED_FILE_TYPE, "", null, null);
        assertContains(p.message(Language.DA), "\".txt\" kendes ikke", "*.yaml", "*.yml", "*.json");
        assertContains(p.message(Language.EN), "\".txt\" is not known", "*.yaml", "*.yml", "*.json");
        Path none = Files.writeString(dir.resolve("plan"), HEAD);
        PlanProblem q = only(assertThrows(PlanReadException.class, () -> READER.read(none)));
        assertProblem(q, PlanProblem.UNSUPPORTED_FILE_TYPE, "", null, null);
        assertContains(q.message(Language.EN), "no extension");
    }

    // ---- document ---------------------------------------------------------------------------------------

    @Test
    void emptyDocuments() {
        for (String empty : List.of("", "   \n", "# only a comment\n", "~\n", "---\n", "null\n")) {
            PlanProblem p = only(yamlProblems(empty));
            assertProblem(p, PlanProblem.EMPTY_DOCUMENT, "", 1, 1);
            assertContains(p.message(Language.DA), "plan.yaml:1:1: filen er tom", "district", "year");
            assertContains(p.message(Language.EN), "plan.yaml:1:1: the file is empty", "district", "year");
        }
        assertProblem(only(jsonProblems(" \n ")), PlanProblem.EMPTY_DOCUMENT, "", 1, 1);
    }

    @Test
    void moreThanOneDocument() {
        PlanProblem p = only(yamlProblems(HEAD + "---\n" + HEAD));
        assertProblem(p, PlanProblem.MULTIPLE_DOCUMENTS, "", 4, 1);
        assertContains(p.message(Language.DA), "mere end ét YAML-dokument");
        assertContains(p.message(Language.EN), "more than one YAML document");
        PlanProblem q = only(jsonProblems("{\"year\": 2007}\n{}"));
        assertProblem(q, PlanProblem.MULTIPLE_DOCUMENTS, "", 2, 1);
        assertContains(q.message(Language.EN), "more than one JSON value");
    }

    // ---- keys -------------------------------------------------------------------------------------------

    @Test
    void unknownKeySuggestsACloseOne() {
        List<PlanProblem> problems = yamlProblems(HEAD + "titel: Plan\nfoo: 1\nYEAR: 2008\n");
        assertEquals(3, problems.size(), problems::toString);
        assertProblem(problems.get(0), PlanProblem.UNKNOWN_KEY, "titel", 3, 1);
        assertContains(problems.get(0).message(Language.DA), "ukendt nøgle \"titel\"", "Mente du \"title\"?",
                "Tilladte nøgler her: formatVersion, district, year");
        assertContains(problems.get(0).message(Language.EN), "unknown key \"titel\"", "Did you mean \"title\"?",
                "Allowed keys here: formatVersion, district, year");
        assertProblem(problems.get(1), PlanProblem.UNKNOWN_KEY, "foo", 4, 1);
        assertFalse(problems.get(1).message(Language.EN).contains("Did you mean"), problems.get(1)::toString);
        assertProblem(problems.get(2), PlanProblem.UNKNOWN_KEY, "YEAR", 5, 1);
        assertContains(problems.get(2).message(Language.EN), "Did you mean \"year\"?");
    }

    @Test
    void duplicateKeyNamesBothLines() {
        PlanProblem p = only(yamlProblems(HEAD + "title: A\ntitle: B\n"));
        assertProblem(p, PlanProblem.DUPLICATE_KEY, "title", 4, 1);
        assertContains(p.message(Language.DA), "\"title\" står to gange", "linje 3", "linje 4");
        assertContains(p.message(Language.EN), "\"title\" is written twice", "line 3", "line 4");
        PlanProblem q = only(jsonProblems("{\"district\": {\"name\": \"D\", \"name\": \"E\"},\n\"year\": 2007}"));
        assertProblem(q, PlanProblem.DUPLICATE_KEY, "district.name", 1, 28);
    }

    // ---- values -----------------------------------------------------------------------------------------

    @Test
    void missingRequiredFields() {
        List<PlanProblem> problems = yamlProblems("district: {code: \"1467\"}\n");
        assertEquals(2, problems.size(), problems::toString);
        assertProblem(problems.get(0), PlanProblem.MISSING_FIELD, "district.name", 1, 11);
        assertContains(problems.get(0).message(Language.DA), "feltet \"name\" mangler", "en tekst");
        assertContains(problems.get(0).message(Language.EN), "the field \"name\" is missing", "a text");
        assertProblem(problems.get(1), PlanProblem.MISSING_FIELD, "year", 1, 1);
        assertContains(problems.get(1).message(Language.DA), "et helt tal");
        assertContains(problems.get(1).message(Language.EN), "a whole number");
    }

    @Test
    void wrongTypes() {
        String yaml = """
                district: Midt- og Vestsjællands Politi
                year: "2007"
                sections: Indledning
                categories:
                  - id: [a, b]
                    title: C
                    forums:
                      - id: f
                        name: N
                        topic: T
                        representatives: Politidirektøren
                        frequency: Min. 4
                """;
        List<PlanProblem> problems = yamlProblems(yaml);
        assertEquals(5, problems.size(), problems::toString);
        assertProblem(problems.get(0), PlanProblem.WRONG_TYPE, "district", 1, 11);
        assertContains(problems.get(0).message(Language.DA), "forventede nøgler med værdier",
                "fandt teksten \"Midt- og Vestsjællands Politi\"");
        assertContains(problems.get(0).message(Language.EN), "expected keys with values",
                "found the text \"Midt- og Vestsjællands Politi\"");
        assertProblem(problems.get(1), PlanProblem.WRONG_TYPE, "year", 2, 7);
        assertContains(problems.get(1).message(Language.DA), "forventede et helt tal", "teksten \"2007\"");
        assertContains(problems.get(1).message(Language.EN), "expected a whole number", "the text \"2007\"");
        assertProblem(problems.get(2), PlanProblem.WRONG_TYPE, "sections", 3, 11);
        assertContains(problems.get(2).message(Language.EN), "expected a list");
        assertProblem(problems.get(3), PlanProblem.WRONG_TYPE, "categories[0].id", 5, 9);
        assertContains(problems.get(3).message(Language.DA), "forventede en tekst, men fandt en liste");
        assertContains(problems.get(3).message(Language.EN), "expected a text, found a list");
        assertProblem(problems.get(4), PlanProblem.WRONG_TYPE, "categories[0].forums[0].representatives", 11, 26);
        assertContains(problems.get(4).message(Language.DA), "forventede en liste", "Politidirektøren");
    }

    @Test
    void badNumbers() {
        List<PlanProblem> problems = yamlProblems("district: {name: D}\nyear: 2007.5\nedition: 99999999999\n");
        assertEquals(2, problems.size(), problems::toString);
        assertProblem(problems.get(0), PlanProblem.BAD_NUMBER, "year", 2, 7);
        assertContains(problems.get(0).message(Language.DA), "\"2007.5\" er ikke et helt tal");
        assertContains(problems.get(0).message(Language.EN), "\"2007.5\" is not a whole number");
        assertProblem(problems.get(1), PlanProblem.BAD_NUMBER, "edition", 3, 10);
        assertContains(problems.get(1).message(Language.DA), "for stort");
        assertContains(problems.get(1).message(Language.EN), "too large");
    }

    @Test
    void badDates() {
        String yaml = oneForum("discussedInDistrictCouncil: 2007-02-30\n", """
                frequency: "2"
                localUnits:
                  - municipality: {code: "253", name: Greve}
                    meetings: [26-10-2007, {date: 2007-13-01}]
                """);
        List<PlanProblem> problems = yamlProblems(yaml);
        assertEquals(3, problems.size(), problems::toString);
        assertProblem(problems.get(0), PlanProblem.BAD_DATE, "discussedInDistrictCouncil", 3, 29);
        assertContains(problems.get(0).message(Language.DA), "\"2007-02-30\" er ikke en dato, der findes",
                "åååå-mm-dd");
        assertContains(problems.get(0).message(Language.EN), "\"2007-02-30\" is not a date that exists",
                "yyyy-mm-dd");
        String meetings = "categories[0].forums[0].localUnits[0].meetings";
        assertProblem(problems.get(1), PlanProblem.BAD_DATE, meetings + "[0].date", 14, 24);
        assertContains(problems.get(1).message(Language.DA), "\"26-10-2007\" er ikke en dato", "åååå-mm-dd");
        assertContains(problems.get(1).message(Language.EN), "\"26-10-2007\" is not a date", "yyyy-mm-dd");
        assertProblem(problems.get(2), PlanProblem.BAD_DATE, meetings + "[1].date", 14, 43);
    }

    @Test
    void badFrequencyUsesTheFrequencyMessage() {
        String yaml = oneForum("", """
                frequency: ca. 4
                """);
        PlanProblem p = only(yamlProblems(yaml));
        assertProblem(p, PlanProblem.BAD_FREQUENCY, "categories[0].forums[0].frequency", 10, 20);
        assertEquals("plan.yaml:10:20: categories[0].forums[0].frequency: \"ca. 4\" er ikke et antal møder om året."
                + " Skriv fx \"4\", \"Min. 4\", \"Min. 4 (2 i 2007)\", \"2-3\", \"Ad hoc\" eller \"Besluttet lokalt\".",
                p.message(Language.DA));
        assertEquals("plan.yaml:10:20: categories[0].forums[0].frequency: \"ca. 4\" is not a number of meetings a"
                + " year. Write one of \"4\", \"Min. 4\", \"Min. 4 (2 i 2007)\", \"2-3\", \"Ad hoc\" or"
                + " \"Besluttet lokalt\".", p.message(Language.EN));
    }

    @Test
    void badEnumValues() {
        String yaml = oneForum("status: vedtaget\n", """
                frequency: "2"
                localUnits:
                  - municipality: {code: "253", name: Greve}
                    meetings: [{date: 2007-10-26, status: done}]
                """);
        List<PlanProblem> problems = yamlProblems(yaml);
        assertEquals(2, problems.size(), problems::toString);
        assertProblem(problems.get(0), PlanProblem.BAD_ENUM_VALUE, "status", 3, 9);
        assertContains(problems.get(0).message(Language.DA), "\"vedtaget\" er ikke en gyldig status",
                "draft eller adopted");
        assertContains(problems.get(0).message(Language.EN), "\"vedtaget\" is not a valid status",
                "draft or adopted");
        assertProblem(problems.get(1), PlanProblem.BAD_ENUM_VALUE,
                "categories[0].forums[0].localUnits[0].meetings[0].status", 14, 51);
        assertContains(problems.get(1).message(Language.DA), "gyldig mødestatus", "planned eller held");
        assertContains(problems.get(1).message(Language.EN), "valid meeting status", "planned or held");
    }

    @Test
    void formatVersionMustBeTheNumberOne() throws PlanReadException {
        PlanProblem p = only(yamlProblems("formatVersion: \"1\"\n" + HEAD));
        assertProblem(p, PlanProblem.WRONG_TYPE, "formatVersion", 1, 16);
        assertEquals(2007, READER.read("formatVersion:\n" + HEAD, "plan.yaml", PlanFormat.YAML).plan().year(),
                "an empty formatVersion means the default, 1");
        assertEquals(2007, READER.read("formatVersion: 1\n" + HEAD, "plan.yaml", PlanFormat.YAML).plan().year());
        PlanProblem old = only(yamlProblems("formatVersion: 0\n" + HEAD));
        assertProblem(old, PlanProblem.UNSUPPORTED_FORMAT_VERSION, "formatVersion", 1, 16);
        assertFalse(old.message(Language.EN).contains("newer"), old::toString);
    }

    @Test
    void allProblemsOfADocumentInOnePass() {
        String json = """
                {"district": {"name": "D"}, "year": "x",
                 "status": "final",
                 "categories": [{"id": "c", "title": "C", "forums": [
                   {"id": "f", "name": "N", "frequency": "often", "extra": true}]}]}
                """;
        List<PlanProblem> problems = jsonProblems(json);
        assertEquals(List.of(PlanProblem.WRONG_TYPE, PlanProblem.BAD_ENUM_VALUE, PlanProblem.UNKNOWN_KEY,
                PlanProblem.MISSING_FIELD, PlanProblem.BAD_FREQUENCY),
                problems.stream().map(PlanProblem::code).toList(), problems::toString);
        assertEquals(List.of("year", "status", "categories[0].forums[0].extra", "categories[0].forums[0].topic",
                "categories[0].forums[0].frequency"), problems.stream().map(PlanProblem::path).toList());
        PlanReadException e = assertThrows(PlanReadException.class,
                () -> READER.read(json, "plan.json", PlanFormat.JSON));
        String[] lines = e.getMessage().split("\n");
        assertEquals(5, lines.length, e.getMessage());
        assertTrue(lines[0].startsWith("PLAN-READ-010 plan.json:1:37: year: forventede et helt tal"), lines[0]);
        assertTrue(e.message(Language.EN).split("\n")[0].startsWith("PLAN-READ-010 plan.json:1:37: year: expected"),
                e.message(Language.EN));
    }

    @Test
    void tooManyProblemsAreCounted() {
        StringBuilder yaml = new StringBuilder(HEAD);
        for (int i = 0; i < PlanReader.MAX_PROBLEMS + 7; i++) {
            yaml.append("unknown").append(i).append(": x\n");
        }
        List<PlanProblem> problems = yamlProblems(yaml.toString());
        assertEquals(PlanReader.MAX_PROBLEMS + 1, problems.size());
        PlanProblem last = problems.get(problems.size() - 1);
        assertEquals(PlanProblem.TOO_MANY_PROBLEMS, last.code());
        assertContains(last.message(Language.DA), "7 fejl mere");
        assertContains(last.message(Language.EN), "7 more problems");
    }

    @Test
    void codesAreStableAndDistinct() {
        List<String> codes = List.of(PlanProblem.FILE_NOT_FOUND, PlanProblem.FILE_UNREADABLE,
                PlanProblem.UNSUPPORTED_FILE_TYPE, PlanProblem.EMPTY_DOCUMENT, PlanProblem.SYNTAX_ERROR,
                PlanProblem.INVALID_ENCODING, PlanProblem.UNKNOWN_KEY, PlanProblem.DUPLICATE_KEY,
                PlanProblem.MISSING_FIELD, PlanProblem.WRONG_TYPE, PlanProblem.BAD_NUMBER, PlanProblem.BAD_DATE,
                PlanProblem.BAD_FREQUENCY, PlanProblem.BAD_ENUM_VALUE, PlanProblem.UNSUPPORTED_FORMAT_VERSION,
                PlanProblem.DOCUMENT_TOO_LARGE, PlanProblem.VALUE_TOO_LONG, PlanProblem.NESTING_TOO_DEEP,
                PlanProblem.TOO_MANY_ALIASES, PlanProblem.UNKNOWN_ALIAS, PlanProblem.TAG_NOT_ALLOWED,
                PlanProblem.MULTIPLE_DOCUMENTS, PlanProblem.TOO_MANY_PROBLEMS);
        for (int i = 0; i < codes.size(); i++) {
            assertEquals(String.format(java.util.Locale.ROOT, "PLAN-READ-%03d", i + 1), codes.get(i));
        }
    }

    // ---- documents with one problem: its code, path, line and column, and the words of each language -------

    record OneProblem(Supplier<List<PlanProblem>> problems, String code, String path, int line, int column,
            List<String> da, List<String> en) {
    }

    static Arguments one(String name, Supplier<List<PlanProblem>> problems, String code, String path, int line,
            int column, List<String> da, List<String> en) {
        return Arguments.of(Named.of(name, new OneProblem(problems, code, path, line, column, da, en)));
    }

    static Stream<Arguments> documentsWithOneProblem() {
        // line 3, "title: M" is 8 characters, the ø (0xF8) is the 9th
        byte[] latin1 = "district: {name: D}\nyear: 2007\ntitle: Møder\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = ("\uFEFF" + HEAD).getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                one("YAML syntax error has the parser's line and column",
                        () -> yamlProblems("district:\n  name: D\n year: 2007\n"), PlanProblem.SYNTAX_ERROR, "", 3, 2,
                        List.of("plan.yaml:3:2: ugyldig YAML", "indrykning"),
                        List.of("plan.yaml:3:2: invalid YAML", "indentation")),
                one("tab indentation gets a hint", () -> yamlProblems("district:\n\tname: D\n"),
                        PlanProblem.SYNTAX_ERROR, "", 2, 1,
                        List.of("mellemrum, ikke tabulator"), List.of("spaces, not tabs")),
                one("JSON syntax error has the parser's line and column",
                        () -> jsonProblems("{\"district\": {\"name\": \"D\"},\n  \"year\": 2007,\n}"),
                        PlanProblem.SYNTAX_ERROR, "", 3, 1,
                        List.of("plan.json:3:1: ugyldig JSON", "komma for meget"),
                        List.of("plan.json:3:1: invalid JSON", "one comma too many")),
                one("control character in YAML is a syntax error at its place",
                        () -> yamlProblems("district: {name: \"D\u0001\"}\n"), PlanProblem.SYNTAX_ERROR, "", 1, 20,
                        List.of("U+0001", "må ikke stå"), List.of("U+0001", "not allowed")),
                one("invalid UTF-8 names line, column and byte", () -> yamlProblems(latin1),
                        PlanProblem.INVALID_ENCODING, "", 3, 9,
                        List.of("ugyldig UTF-8", "0xF8", "gem den som UTF-8"),
                        List.of("invalid UTF-8", "0xF8", "save it as UTF-8")),
                one("UTF-16 is refused", () -> yamlProblems(utf16), PlanProblem.INVALID_ENCODING, "", 1, 1,
                        List.of("UTF-16", "UTF-8"), List.of("UTF-16", "UTF-8")),
                one("a misspelt required key is one problem, not two",
                        () -> yamlProblems(oneForum("", "frequncy: Min. 4\n")),
                        PlanProblem.UNKNOWN_KEY, "categories[0].forums[0].frequncy", 10, 9,
                        List.of("Mente du \"frequency\"?"), List.of()),
                one("a Danish key suggests the English one", () -> yamlProblems(HEAD + "kategorier: []\n"),
                        PlanProblem.UNKNOWN_KEY, "kategorier", 3, 1,
                        List.of(), List.of("Did you mean \"categories\"?")),
                one("required field without value", () -> yamlProblems("district: {name: D}\nyear:\n"),
                        PlanProblem.MISSING_FIELD, "year", 2, 6,
                        List.of("\"year\" har ingen værdi"), List.of("\"year\" has no value")),
                one("an empty list item is a wrong type",
                        () -> yamlProblems(HEAD + "sections:\n  - title: S\n    paragraphs:\n      -\n      - ok\n"),
                        PlanProblem.WRONG_TYPE, "sections[0].paragraphs[0]", 6, 8,
                        List.of("forventede en tekst, men fandt ingen værdi"),
                        List.of("expected a text, found no value")),
                one("an unsupported formatVersion stops the reading",
                        () -> yamlProblems("formatVersion: 2\n" + HEAD + "unknown: 1\n"),
                        PlanProblem.UNSUPPORTED_FORMAT_VERSION, "formatVersion", 1, 16,
                        List.of("formatVersion 2 kan ikke læses", "formatVersion 1", "nyere version"),
                        List.of("formatVersion 2 cannot be read", "formatVersion 1", "newer version")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsWithOneProblem")
    void oneProblem(OneProblem c) {
        PlanProblem p = only(c.problems().get());
        assertProblem(p, c.code(), c.path(), c.line(), c.column());
        assertContains(p.message(Language.DA), c.da().toArray(String[]::new));
        assertContains(p.message(Language.EN), c.en().toArray(String[]::new));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /**
     * A plan file of {@link #HEAD}, the given top-level lines, and one category "c" with one forum "f" (name N,
     * topic T) whose further lines are given as the forum's keys (they start on line 10 plus the top-level lines).
     */
    static String oneForum(String topLevel, String forumKeys) {
        return HEAD + topLevel + """
                categories:
                  - id: c
                    title: C
                    forums:
                      - id: f
                        name: N
                        topic: T
                """ + forumKeys.indent(8);
    }

    static List<PlanProblem> yamlProblems(String yaml) {
        return assertThrows(PlanReadException.class, () -> READER.read(yaml, "plan.yaml", PlanFormat.YAML))
                .problems();
    }

    static List<PlanProblem> yamlProblems(byte[] yaml) {
        return assertThrows(PlanReadException.class,
                () -> READER.read(new ByteArrayInputStream(yaml), "plan.yaml", PlanFormat.YAML)).problems();
    }

    static List<PlanProblem> jsonProblems(String json) {
        return assertThrows(PlanReadException.class, () -> READER.read(json, "plan.json", PlanFormat.JSON))
                .problems();
    }

    static PlanProblem only(PlanReadException e) {
        return only(e.problems());
    }

    static PlanProblem only(List<PlanProblem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    static void assertProblem(PlanProblem p, String code, String path, Integer line, Integer column) {
        assertEquals(code, p.code(), p::toString);
        assertEquals(path, p.path(), p::toString);
        if (line == null) {
            assertEquals(Optional.empty(), p.location(), p::toString);
        } else {
            assertTrue(p.location().isPresent(), p::toString);
            assertEquals(line, p.location().get().line(), p::toString);
            assertEquals(column, p.location().get().column(), p::toString);
            assertEquals(p.source(), p.location().get().source());
        }
        for (Language language : Language.values()) {
            String message = p.message(language);
            assertFalse(message.contains("Exception"), message);
            assertFalse(message.contains("\n"), message);
            if (!path.isEmpty()) {
                assertContains(message, ": " + path + ": ");
            }
        }
    }

    static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected \"" + part + "\" in: " + text);
        }
    }
}
