package dk.samarbejdsplan.model.io;

import static dk.samarbejdsplan.model.io.PlanReaderProblemsTest.assertContains;
import static dk.samarbejdsplan.model.io.PlanReaderProblemsTest.jsonProblems;
import static dk.samarbejdsplan.model.io.PlanReaderProblemsTest.only;
import static dk.samarbejdsplan.model.io.PlanReaderProblemsTest.yamlProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of {@link PlanReader}: each refuses hostile input with a clear problem, and normal input passes. */
class PlanReaderLimitsTest {
    private static final PlanReader READER = PlanReader.create();
    private static final String HEAD = "district: {name: D}\nyear: 2007\n";

    // ---- document length --------------------------------------------------------------------------------

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        PlanProblem p = only(assertThrows(PlanReadException.class, () -> READER.read(file)));
        assertEquals(PlanProblem.DOCUMENT_TOO_LARGE, p.code());
        assertContains(p.message(Language.DA), "for stor", "52428800 bytes", "højst fylde " + PlanReader.MAX_DOCUMENT_LENGTH);
        assertContains(p.message(Language.EN), "too large", "52428800 bytes", "at most " + PlanReader.MAX_DOCUMENT_LENGTH);
    }

    @Test
    void aFiftyMegabyteStreamIsRefusedAfterTheLimit() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return read[0]++ < 50L * 1024 * 1024 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int n = (int) Math.min(len, 50L * 1024 * 1024 - read[0]);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                read[0] += n;
                return n;
            }
        };
        PlanProblem p = only(assertThrows(PlanReadException.class,
                () -> READER.read(endless, "stream.json", PlanFormat.JSON)));
        assertEquals(PlanProblem.DOCUMENT_TOO_LARGE, p.code());
        assertTrue(read[0] <= PlanReader.MAX_DOCUMENT_LENGTH + 1L + 64 * 1024, "stops reading at the limit");
    }

    @Test
    void aTooLongStringDocumentIsRefused() {
        String text = "#".repeat(PlanReader.MAX_DOCUMENT_LENGTH + 1);
        PlanProblem p = only(assertThrows(PlanReadException.class,
                () -> READER.read(text, "long.yaml", PlanFormat.YAML)));
        assertEquals(PlanProblem.DOCUMENT_TOO_LARGE, p.code());
        assertContains(p.message(Language.EN), (PlanReader.MAX_DOCUMENT_LENGTH + 1) + " characters");
    }

    @Test
    void aPlanWithOneHundredThousandForumsStillReads() throws PlanReadException {
        int forums = 100_000;
        StringBuilder yaml = new StringBuilder(HEAD + "categories:\n  - id: alle\n    title: Alle fora\n    forums:\n");
        StringBuilder json = new StringBuilder("{\"district\": {\"name\": \"D\"}, \"year\": 2007, \"categories\": [\n"
                + "{\"id\": \"alle\", \"title\": \"Alle fora\", \"forums\": [\n");
        for (int i = 0; i < forums; i++) {
            yaml.append("      - id: forum-").append(i).append("\n        name: Forum nr. ").append(i)
                    .append("\n        topic: Samarbejde om emne ").append(i).append(" i politikredsen")
                    .append("\n        representatives: [Politidirektøren, repræsentanter for kommunerne]")
                    .append("\n        frequency: Min. 4\n");
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"forum-").append(i).append("\", \"name\": \"Forum nr. ")
                    .append(i).append("\", \"topic\": \"Samarbejde om emne ").append(i)
                    .append(" i politikredsen\", \"representatives\": [\"Politidirektøren\", ")
                    .append("\"repræsentanter for kommunerne\"], \"frequency\": \"Min. 4\"}");
        }
        json.append("]}]}\n");
        PlanDocument fromYaml = READER.read(yaml.toString(), "big.yaml", PlanFormat.YAML);
        PlanDocument fromJson = READER.read(json.toString(), "big.json", PlanFormat.JSON);
        for (PlanDocument doc : List.of(fromYaml, fromJson)) {
            List<Forum> read = doc.plan().categories().get(0).forums();
            assertEquals(forums, read.size());
            Forum last = read.get(forums - 1);
            assertEquals("forum-99999", last.id());
            assertEquals(List.of("Politidirektøren", "repræsentanter for kommunerne"), last.representatives());
        }
        assertEquals(fromYaml.plan(), fromJson.plan());
        // 6 lines before the first forum, 5 lines a forum: the last frequency is on line 6 + 99999 * 5 + 5
        assertEquals(new SourceLocation("big.yaml", 6 + 99_999 * 5 + 5, 20),
                fromYaml.sourceMap().locationOf("categories[0].forums[99999].frequency").orElseThrow());
    }

    @Test
    void tooManyElementsAreRefused() {
        String json = "{\"x\": [" + "1,".repeat(PlanReader.MAX_ELEMENTS) + "1]}";
        PlanProblem p = only(jsonProblems(json));
        assertEquals(PlanProblem.DOCUMENT_TOO_LARGE, p.code());
        assertContains(p.message(Language.DA), "mere end " + PlanReader.MAX_ELEMENTS + " elementer");
        assertContains(p.message(Language.EN), "more than " + PlanReader.MAX_ELEMENTS + " elements");
    }

    // ---- value lengths and nesting ---------------------------------------------------------------------

    @Test
    void aTenMegabyteTextIsRefused() {
        String big = "x".repeat(10_000_000);
        PlanProblem yaml = only(yamlProblems(HEAD + "title: " + big + "\n"));
        assertEquals(PlanProblem.VALUE_TOO_LONG, yaml.code());
        assertContains(yaml.message(Language.DA), "en tekst er længere end " + PlanReader.MAX_STRING_LENGTH + " tegn");
        assertContains(yaml.message(Language.EN), "a text is longer than " + PlanReader.MAX_STRING_LENGTH);
        assertEquals(3, yaml.location().orElseThrow().line());
        PlanProblem json = only(jsonProblems("{\"district\": {\"name\": \"D\"}, \"year\": 2007,\n\"title\": \"" + big
                + "\"}"));
        assertEquals(PlanProblem.VALUE_TOO_LONG, json.code());
        assertEquals(2, json.location().orElseThrow().line());
    }

    @Test
    void aTextOfTheMaximumLengthIsRead() throws PlanReadException {
        String longest = "x".repeat(PlanReader.MAX_STRING_LENGTH);
        assertEquals(longest, READER.read(HEAD + "title: " + longest + "\n", "p.yaml", PlanFormat.YAML).plan()
                .title());
        assertEquals(PlanProblem.VALUE_TOO_LONG, only(yamlProblems(HEAD + "title: " + longest + "x\n")).code());
    }

    @Test
    void tooLongKeysAndNumbersAreRefused() {
        PlanProblem key = only(yamlProblems(HEAD + "k".repeat(PlanReader.MAX_KEY_LENGTH + 1) + ": 1\n"));
        assertEquals(PlanProblem.VALUE_TOO_LONG, key.code());
        assertContains(key.message(Language.EN), "a key is longer than " + PlanReader.MAX_KEY_LENGTH);
        PlanProblem number = only(jsonProblems("{\"year\": " + "9".repeat(PlanReader.MAX_NUMBER_LENGTH + 1) + "}"));
        assertEquals(PlanProblem.VALUE_TOO_LONG, number.code());
        assertContains(number.message(Language.DA), "et tal er længere end " + PlanReader.MAX_NUMBER_LENGTH);
    }

    @Test
    void deepNestingIsRefused() {
        int depth = PlanReader.MAX_NESTING_DEPTH;
        // the root mapping is level 1; x's lists add the rest
        String deepest = "[".repeat(depth - 1) + "]".repeat(depth - 1);
        PlanProblem ok = only(yamlProblems(HEAD + "x: " + deepest + "\n"));
        assertEquals(PlanProblem.UNKNOWN_KEY, ok.code(), "at the limit only the unknown key is a problem");
        String tooDeep = "[".repeat(depth) + "]".repeat(depth);
        PlanProblem yaml = only(yamlProblems(HEAD + "x: " + tooDeep + "\n"));
        assertEquals(PlanProblem.NESTING_TOO_DEEP, yaml.code());
        assertContains(yaml.message(Language.DA), "mere end " + depth + " niveauer");
        assertContains(yaml.message(Language.EN), "more than " + depth + " levels");
        PlanProblem json = only(jsonProblems("{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
        assertEquals(PlanProblem.NESTING_TOO_DEEP, json.code());
    }

    // ---- YAML aliases and tags ---------------------------------------------------------------------------

    @Test
    void billionLaughsIsRefused() {
        StringBuilder bomb = new StringBuilder(HEAD + "x:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            String previous = "*a" + (i - 1);
            bomb.append("  a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        List<PlanProblem> problems = yamlProblems(bomb.toString());
        PlanProblem p = problems.get(problems.size() - 1);
        assertEquals(PlanProblem.TOO_MANY_ALIASES, p.code(), problems::toString);
        assertContains(p.message(Language.DA), "folder sig ud til mere end " + PlanReader.MAX_ALIAS_EXPANSION);
        assertContains(p.message(Language.EN), "expand to more than " + PlanReader.MAX_ALIAS_EXPANSION);
    }

    @Test
    void moreThanTheMaximumNumberOfAliasesIsRefused() throws PlanReadException {
        int max = PlanReader.MAX_ALIASES;
        String atLimit = HEAD + "sections:\n  - title: &t T\n    paragraphs: ["
                + String.join(", ", java.util.Collections.nCopies(max, "*t")) + "]\n";
        assertEquals(max, READER.read(atLimit, "p.yaml", PlanFormat.YAML).plan().sections().get(0).paragraphs()
                .size());
        String overLimit = atLimit.replace("[*t", "[*t, *t");
        PlanProblem p = only(yamlProblems(overLimit));
        assertEquals(PlanProblem.TOO_MANY_ALIASES, p.code());
        assertEquals("sections[0].paragraphs[" + max + "]", p.path());
        assertContains(p.message(Language.DA), "mere end " + max + " YAML-aliaser");
        assertContains(p.message(Language.EN), "more than " + max + " YAML aliases");
    }

    @Test
    void aOneMegabyteAnchorAliasedFortyNineTimesIsRefusedByItsCharacters() {
        // 1000 paragraphs of 1000 characters: few elements, but 1 MB of text each time it is aliased
        String paragraph = "x".repeat(1000);
        StringBuilder yaml = new StringBuilder(HEAD + "sections:\n  - title: S\n    paragraphs: &big\n");
        for (int i = 0; i < 1000; i++) {
            yaml.append("      - ").append(paragraph).append('\n');
        }
        for (int i = 0; i < 49; i++) {
            yaml.append("  - {title: S, paragraphs: *big}\n");
        }
        PlanProblem p = only(yamlProblems(yaml.toString()));
        assertEquals(PlanProblem.TOO_MANY_ALIASES, p.code());
        assertEquals("sections[2].paragraphs", p.path(), "the second alias passes the limit");
        assertContains(p.message(Language.DA), "mere end " + PlanReader.MAX_ALIAS_CHARACTERS + " tegn");
        assertContains(p.message(Language.EN), "more than " + PlanReader.MAX_ALIAS_CHARACTERS + " characters");
    }

    @Test
    void unknownAlias() {
        PlanProblem p = only(yamlProblems(HEAD + "title: *nowhere\n"));
        assertEquals(PlanProblem.UNKNOWN_ALIAS, p.code());
        assertEquals("title", p.path());
        assertEquals(3, p.location().orElseThrow().line());
        assertEquals(8, p.location().orElseThrow().column());
        assertContains(p.message(Language.DA), "aliaset *nowhere", "anker &nowhere");
        assertContains(p.message(Language.EN), "the alias *nowhere", "anchor &nowhere");
    }

    @Test
    void aliasCannotReferToItself() {
        // an anchor is defined when its node is complete, so a node cannot contain itself
        PlanProblem p = yamlProblems(HEAD + "sections: &a [*a]\n").get(0);
        assertEquals(PlanProblem.UNKNOWN_ALIAS, p.code());
        assertEquals("sections[0]", p.path());
    }

    @Test
    void tagsThatConstructObjectsAreRefused() {
        String yaml = HEAD + """
                title: !!java.net.URL http://example.com
                subtitle: !<tag:example.com,2000:evil> x
                legalBasis: !!python/object:os.system ls
                sections: !!java.util.ArrayList []
                categories: !custom []
                edition: !!binary aGVsbG8=
                !!python/name:os.system status: draft
                """;
        List<PlanProblem> problems = yamlProblems(yaml);
        assertEquals(List.of("title", "subtitle", "legalBasis", "sections", "categories", "edition", "status"),
                problems.stream().filter(p -> p.code().equals(PlanProblem.TAG_NOT_ALLOWED))
                        .map(PlanProblem::path).toList(), problems::toString);
        PlanProblem first = problems.get(0);
        assertEquals(3, first.location().orElseThrow().line());
        assertEquals(8, first.location().orElseThrow().column());
        assertContains(first.message(Language.DA), "YAML-mærket !!java.net.URL er ikke tilladt");
        assertContains(first.message(Language.EN), "the YAML tag !!java.net.URL is not allowed");
        assertContains(problems.get(1).message(Language.EN), "tag:example.com,2000:evil");
    }
}
