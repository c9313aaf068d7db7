package dk.samarbejdsplan.validation.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.history.PlanHistory;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.validation.Finding;
import dk.samarbejdsplan.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule across the years (VAL-5xx), with a case that fires and one that does not; the messages in both
 * languages and the file and line each finding names.
 */
class HistoryRulesTest {

    /** A small plan file; {@code extra} lines are added at the end (top level) or replace the forums. */
    static String plan(int year, int edition, String forums, String... extra) {
        return """
                district: {name: Midt- og Vestsjællands Politi, code: "1467"}
                year: %d
                edition: %d
                status: adopted
                title: Samarbejdsplan for %d
                sections:
                  - title: Indledning
                    paragraphs: ["Samarbejdet fortsætter."]
                categories:
                  - id: kontakt
                    title: Kontakt med lokalsamfundet m.v.
                    forums:
                %s""".formatted(year, edition, year, forums) + String.join("\n", extra) + (extra.length > 0 ? "\n" : "");
    }

    static String forum(String id, String name, String topic) {
        return """
                      - id: %s
                        name: %s
                        topic: %s
                        representatives: [Politidirektøren]
                        frequency: Min. 4
                """.formatted(id, name, topic);
    }

    static final String KREDSRAAD = forum("kredsraadet", "Kredsrådet", "Almindelige spørgsmål om politiets virksomhed");
    static final String KONTAKT = forum("kontaktudvalget", "Kontaktudvalget", "Forberedelse af kredsrådsmøder");

    static PlanDocument read(String name, String text) {
        try {
            return PlanReader.create().read(text, name, PlanFormat.YAML);
        } catch (PlanReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static ValidationReport validate(PlanDocument... documents) {
        return HistoryValidator.create().validate(PlanHistory.of(Arrays.asList(documents)));
    }

    static List<String> codes(ValidationReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    static Finding only(ValidationReport report, String code) {
        List<Finding> findings = report.findings();
        assertEquals(List.of(code), codes(report), () -> report.format(dk.samarbejdsplan.model.Language.EN));
        return findings.get(0);
    }

    /** The history of these plans has no finding (the report is shown if it has). */
    static void assertNoFinding(PlanDocument... documents) {
        ValidationReport report = validate(documents);
        assertEquals(List.of(), codes(report), report::toString);
    }

    @Test
    void aConsistentHistoryHasNoFinding() {
        assertNoFinding(read("2007.yaml", plan(2007, 1, KREDSRAAD + KONTAKT)),
                read("2008.yaml", plan(2008, 1, KREDSRAAD + KONTAKT)),
                read("2008-2.yaml", plan(2008, 2, KREDSRAAD + KONTAKT)));
    }

    @Nested
    class Val501OneDistrict {
        @Test
        void anotherDistrictIsAnError() {
            Finding f = only(validate(read("a.yaml", plan(2007, 1, KREDSRAAD)),
                    read("b.yaml", plan(2008, 1, KREDSRAAD).replace("Midt- og Vestsjællands Politi, code: \"1467\"",
                            "Nordsjællands Politi, code: \"1461\""))), "VAL-501");
            assertTrue(f.isError());
            assertEquals("b.yaml:1", f.location().map(l -> l.source() + ":" + l.line()).orElseThrow());
            assertEquals("Samarbejdsplanen: politikredsen \"Nordsjællands Politi\" (1461) er ikke de øvrige planers"
                    + " politikreds, \"Midt- og Vestsjællands Politi\" (1467) (planen for 2007) — en historik rummer én"
                    + " politikreds' planer: flyt filen til sin egen politikreds' mappe.", f.messageDa());
            assertTrue(f.messageEn().startsWith("The cooperation plan: the police district \"Nordsjællands Politi\""
                    + " (1461) is not the district of the other plans"), f.messageEn());
        }

        @Test
        void theSameDistrictWrittenDifferentlyIsNoFinding() {
            assertNoFinding(read("a.yaml", plan(2007, 1, KREDSRAAD)),
                    read("b.yaml", plan(2008, 1, KREDSRAAD).replace("Midt- og Vestsjællands Politi, code: \"1467\"",
                            "MIDT- OG VESTSJÆLLANDS POLITI")));
        }
    }

    @Nested
    class Val502OneFilePerEdition {
        @Test
        void twoFilesWithTheSameYearAndEditionAreAnErrorNamingBoth() {
            Finding f = only(validate(read("plan-a.yaml", plan(2008, 1, KREDSRAAD)),
                    read("plan-b.yaml", plan(2008, 1, KREDSRAAD))), "VAL-502");
            assertTrue(f.isError());
            assertEquals("plan-b.yaml", f.location().orElseThrow().source());
            assertEquals(3, f.location().orElseThrow().line(), "the edition's line");
            assertEquals("Samarbejdsplanen: 2008, udgave 1 findes også i plan-a.yaml — hver udgave af et år er én fil:"
                    + " giv den ene det næste udgavenummer, eller fjern den.", f.messageDa());
            assertEquals("The cooperation plan: 2008, edition 1 is also in plan-a.yaml — each edition of a year is one"
                    + " file: give one of them the next edition number, or remove it.", f.messageEn());
        }

        @Test
        void differentEditionsOrYearsAreNoFinding() {
            assertNoFinding(read("a.yaml", plan(2008, 1, KREDSRAAD)),
                    read("b.yaml", plan(2008, 2, KREDSRAAD)), read("c.yaml", plan(2009, 1, KREDSRAAD)));
        }
    }

    @Nested
    class Val503EditionsWithoutGaps {
        @Test
        void aMissingEditionIsAWarning() {
            Finding f = only(validate(read("a.yaml", plan(2008, 1, KREDSRAAD)), read("c.yaml", plan(2008, 3, KREDSRAAD))),
                    "VAL-503");
            assertFalse(f.isError());
            assertEquals("c.yaml", f.location().orElseThrow().source());
            assertEquals("The cooperation plan: 2008 has edition 3 but no edition 2 — number the editions of a year"
                    + " 1, 2, 3 … without gaps.", f.messageEn());
        }

        @Test
        void aYearStartingAtEditionThreeMissesOneAndTwo() {
            Finding f = only(validate(read("c.yaml", plan(2008, 3, KREDSRAAD))), "VAL-503");
            assertTrue(f.messageDa().contains("ingen udgave 1–2"), f.messageDa());
        }

        @Test
        void editionsOneTwoThreeAreNoFinding() {
            assertNoFinding(read("a.yaml", plan(2008, 1, KREDSRAAD)),
                    read("b.yaml", plan(2008, 2, KREDSRAAD)), read("c.yaml", plan(2008, 3, KREDSRAAD)));
        }
    }

    @Nested
    class Val504NoMissingYear {
        @Test
        void aMissingYearIsAWarningOnTheLaterPlan() {
            Finding f = only(validate(read("2007.yaml", plan(2007, 1, KREDSRAAD)),
                    read("2009.yaml", plan(2009, 1, KREDSRAAD))), "VAL-504");
            assertFalse(f.isError());
            assertEquals("2009.yaml:2", f.location().map(l -> l.source() + ":" + l.line()).orElseThrow());
            assertEquals("Samarbejdsplanen: der er ingen plan for 2008 mellem planerne for 2007 og 2009 — tilføj det"
                    + " manglende års plan, eller kontrollér årstallene.", f.messageDa());
        }

        @Test
        void consecutiveYearsAreNoFinding() {
            assertNoFinding(read("2007.yaml", plan(2007, 1, KREDSRAAD)),
                    read("2008.yaml", plan(2008, 1, KREDSRAAD)));
        }
    }

    @Nested
    class Val505ReusedId {
        @Test
        void anIdWhoseNameAndTopicBothChangedCompletelyIsAWarning() {
            Finding f = only(validate(read("2007.yaml", plan(2007, 1, KREDSRAAD + KONTAKT)),
                    read("2008.yaml", plan(2008, 1, KREDSRAAD
                            + forum("kontaktudvalget", "Færdselsgruppen", "Trafiksikkerhed på skoleveje")))), "VAL-505");
            assertEquals("categories[0].forums[1].id", f.path());
            assertEquals("2008.yaml", f.location().orElseThrow().source());
            assertEquals("Forum \"Færdselsgruppen\" (kategori 1 \"Kontakt med lokalsamfundet m.v.\"): id \"kontaktudvalget\""
                    + " tilhørte forum \"Kontaktudvalget\" i planen for 2007, og både navn og emne er helt ændret — et"
                    + " genbrugt id bryder links og ændringsoversigten: giv det nye forum sit eget id, og registrér det"
                    + " gamle under \"endedForums\".", f.messageDa());
        }

        @Test
        void aRenameThatKeepsTheTopicOrAWordIsNoFinding() {
            assertNoFinding(read("2007.yaml", plan(2007, 1, KREDSRAAD + KONTAKT)),
                    read("2008.yaml", plan(2008, 1, KREDSRAAD
                            + forum("kontaktudvalget", "Koordinationsgruppen", "Forberedelse af kredsrådsmøder"))));
            assertNoFinding(read("2007.yaml", plan(2007, 1, KREDSRAAD + KONTAKT)),
                    read("2008.yaml", plan(2008, 1, KREDSRAAD
                            + forum("kontaktudvalget", "Kontaktudvalg for tryghed", "Tryghed i nattelivet"))));
        }
    }

    @Nested
    class Val506GoneForumRecorded {
        @Test
        void aForumGoneWithoutRecordIsAWarningNamingIt() {
            Finding f = only(validate(read("2007.yaml", plan(2007, 1, KREDSRAAD + KONTAKT)),
                    read("2008.yaml", plan(2008, 1, KREDSRAAD))), "VAL-506");
            assertEquals("The cooperation plan: forum \"Kontaktudvalget\" (id \"kontaktudvalget\") of the plan for 2007 is"
                    + " gone but not recorded as ended — record it in \"endedForums\" with the reason, or put it back.",
                    f.messageEn());
            assertEquals("2008.yaml", f.location().orElseThrow().source());
        }

        @Test
        void aForumRecordedAsEndedIsNoFinding() {
            assertNoFinding(read("2007.yaml", plan(2007, 1, KREDSRAAD + KONTAKT)),
                    read("2008.yaml", plan(2008, 1, KREDSRAAD,
                            "endedForums: [{id: kontaktudvalget, reason: Lagt sammen med kredsrådet.}]")));
        }

        @Test
        void aGoneForumOfASupersededEditionOfLastYearIsNoFinding() {
            assertNoFinding(read("2007-1.yaml", plan(2007, 1, KREDSRAAD + KONTAKT)),
                    read("2007-2.yaml", plan(2007, 2, KREDSRAAD)), read("2008.yaml", plan(2008, 1, KREDSRAAD)));
        }
    }

    @Nested
    class Val507TextNamingLastYear {
        @Test
        void aCopiedSentenceIsAWarningWithThePlace() {
            String copied = plan(2008, 1, KREDSRAAD).replace("Samarbejdet fortsætter.",
                    "Samarbejdsplanen for 2007 indeholder en oversigt.");
            Finding f = only(validate(read("2007.yaml", plan(2007, 1, KREDSRAAD)), read("2008.yaml", copied)), "VAL-507");
            assertEquals("sections[0].paragraphs[0]", f.path());
            assertEquals(8, f.location().orElseThrow().line());
            assertEquals("Afsnit 1 \"Indledning\": teksten \"Samarbejdsplanen for 2007\" nævner stadig 2007, året for den"
                    + " forrige plan, men denne plan gælder for 2008 — er den kopieret fra sidste år? Ret den.",
                    f.messageDa());
        }

        @Test
        void everyKindOfTextIsLookedAt() {
            String copied = plan(2008, 1, forum("kredsraadet", "Kredsrådet", "Møder i 2007 og fremover"))
                    .replace("title: Samarbejdsplan for 2008", "title: Samarbejdsplan for 2007");
            ValidationReport report = validate(read("2007.yaml", plan(2007, 1, KREDSRAAD)), read("2008.yaml", copied));
            assertEquals(List.of("title", "categories[0].forums[0].topic"),
                    report.findings().stream().map(Finding::path).toList(), report::toString);
            assertTrue(report.findings().get(1).messageEn().contains("\"Møder i 2007\""), report::toString);
        }

        @Test
        void otherYearsAndNumbersAreNoFinding() {
            String text = plan(2008, 1, KREDSRAAD).replace("Samarbejdet fortsætter.",
                    "Fra 2007 er der 20071 sager, i 2008 flere; politireformen i 2007a; for 2006.");
            assertNoFinding(read("2007.yaml", plan(2007, 1, KREDSRAAD)), read("2008.yaml", text));
        }

        @Test
        void theFirstYearOfAHistoryIsNotChecked() {
            String text = plan(2007, 1, KREDSRAAD).replace("Samarbejdet fortsætter.", "Som i 2006.");
            assertNoFinding(read("2007.yaml", text));
        }
    }

    @Nested
    class Val508And509EndedForums {
        @Test
        void anEndedForumUnknownToLastYearIsAWarning() {
            Finding f = only(validate(read("2007.yaml", plan(2007, 1, KREDSRAAD + KONTAKT)),
                    read("2008.yaml", plan(2008, 1, KREDSRAAD + KONTAKT,
                            "endedForums: [{id: kontaktudvalg, reason: Nedlagt.}]"))), "VAL-508");
            assertEquals("endedForums[0].id", f.path());
        }

        @Test
        void anEndedForumStillInThePlanIsAWarning() {
            Finding f = only(validate(read("2008.yaml", plan(2008, 1, KREDSRAAD + KONTAKT,
                    "endedForums: [{id: kontaktudvalget, reason: Nedlagt.}]"))), "VAL-509");
            assertTrue(f.messageEn().contains("is recorded as ended but is still in the plan"), f.messageEn());
        }
    }

    @Test
    void aNewPlanIsCheckedAgainstTheEarlierPlansAnEmbeddingSystemHas() {
        PlanDocument earlier = read("db:2007", plan(2007, 1, KREDSRAAD + KONTAKT));
        PlanDocument other2008 = read("db:2008-1", plan(2008, 1, KREDSRAAD + KONTAKT));
        PlanDocument candidate = read("new", plan(2008, 1, KREDSRAAD));
        List<PlanDocument> store = new ArrayList<>(List.of(earlier, other2008));
        ValidationReport report = HistoryValidator.create().validate(candidate, store);
        assertEquals(List.of("VAL-502", "VAL-506"), codes(report), report::toString);
        assertTrue(report.findings().stream().allMatch(f -> f.location().orElseThrow().source().equals("new")));
        assertEquals(List.of(), codes(HistoryValidator.create().validate(other2008, List.of(earlier))));
    }
}
