package dk.samarbejdsplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.io.PlanReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code examples/plans/samarbejdsplan-2007.yaml} against facts taken by hand from the published 2007
 * plan (seed {@code 000_64672542437428ac.txt}, Bilag 1). Every expected value below is written out here,
 * not derived from the file; where the file normalises the source (a trailing full stop on a forum name, a
 * typo, "Min 4"), the expected value is the normalised one and the comment says what the source has.
 */
class Plan2007FactsTest {

    /** Relative to plan-model's base directory, where Maven runs the tests. */
    private static final Path FILE = Path.of("..", "examples", "plans", "samarbejdsplan-2007.yaml");

    private static CooperationPlan plan;

    @BeforeAll
    static void read() throws Exception {
        assertTrue(Files.isRegularFile(FILE), () -> "missing " + FILE.toAbsolutePath());
        plan = PlanReader.create().read(FILE).plan();
    }

    // ---- the plan ------------------------------------------------------------------------------------------

    @Test
    void districtYearStatusAndTitles() {
        assertEquals("Midt- og Vestsjællands Politi", plan.district().name());
        assertEquals(Optional.of("1467"), plan.district().code());
        assertEquals(2007, plan.year());
        assertEquals(1, plan.edition());
        assertEquals(PlanStatus.ADOPTED, plan.status());
        assertEquals("Samarbejdsplan for 2007", plan.title());
        assertEquals(Optional.of("En plan for samarbejdet mellem Midt- og Vestsjællands Politi, kommunerne, "
                + "andre offentlige myndigheder, interesseorganisationer, foreninger m.v. i politikredsen i 2007"),
                plan.subtitle());
        assertEquals("Retsplejelovens § 113", plan.legalBasis());
        assertEquals(Optional.empty(), plan.discussedInDistrictCouncil(), "the 2007 plan names no date");
    }

    @Test
    void threeNarrativeSections() {
        assertEquals(List.of("Indledning", "Opfølgning", "Offentliggørelse"),
                plan.sections().stream().map(Section::title).toList());
        assertEquals(List.of(8, 6, 2), plan.sections().stream().map(s -> s.paragraphs().size()).toList());
    }

    @Test
    void narrativeSpotChecks() {
        List<String> indledning = plan.sections().get(0).paragraphs();
        assertTrue(indledning.get(0).startsWith("Politiet har en lang tradition for et tæt samarbejde"));
        assertTrue(indledning.get(4).contains("retsplejelovens § 113"));
        // the paragraph broken by the page break "be-/handler" is one paragraph with the word joined
        assertTrue(indledning.get(6).contains("som de enkelte fora behandler, oplysninger om, hvem der sidder"),
                indledning.get(6));
        assertTrue(indledning.get(6).contains("i bilag 1 en oversigt"), "no emphasis markup: " + indledning.get(6));
        assertTrue(indledning.get(7).startsWith("Oversigten over disse samarbejdsfora"));
        List<String> opfoelgning = plan.sections().get(1).paragraphs();
        assertTrue(opfoelgning.get(0).startsWith("Som tidligere nævnt, skal samarbejdsplanen udarbejdes for ét år"));
        assertTrue(opfoelgning.get(3).contains("kommissorier, målsætninger, handleplaner og snitflader"));
        List<String> offentliggoerelse = plan.sections().get(2).paragraphs();
        assertTrue(offentliggoerelse.get(1).contains("www.politi.dk"));
        for (Section section : plan.sections()) {
            for (String paragraph : section.paragraphs()) {
                assertFalse(paragraph.isBlank());
                assertFalse(paragraph.contains("\n"), "one paragraph, no line breaks: " + paragraph);
                assertFalse(paragraph.contains("*"), paragraph);
                assertFalse(paragraph.replace("Midt- og", "").matches(".*\\p{L}-\\s*\\p{Ll}.*"),
                        "no hyphenation artefact: " + paragraph);
            }
        }
    }

    // ---- categories ----------------------------------------------------------------------------------------

    /** The 13 category headings of Bilag 1, in order ("lokal-samfundet" joined). */
    private static final List<String> CATEGORY_TITLES = List.of(
            "Kontakt med lokalsamfundet m.v.",
            "Beredskab",
            "Dyreværn- og fødevarer",
            "Kriminalitetsforebyggelse",
            "Psykiatri og misbrug m.v.", // numbered "4." (again) in the source
            "Trafiksikkerhed",
            "Illegalt arbejde",
            "Kvindehandel m.v.",
            "Bevillinger",
            "Afsoning m.v.",
            "Skat m.v.",
            "Retterne",
            "Pressen");

    /** How many forum rows each category has in Bilag 1. */
    private static final List<Integer> FORUMS_PER_CATEGORY = List.of(3, 9, 3, 5, 4, 2, 1, 1, 1, 1, 2, 2, 1);

    @Test
    void thirteenCategoriesInOrderNumberedOneToThirteen() {
        assertEquals(CATEGORY_TITLES, plan.categories().stream().map(Category::title).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
                plan.categories().stream().map(Category::number).toList());
        assertEquals(FORUMS_PER_CATEGORY, plan.categories().stream().map(c -> c.forums().size()).toList());
        assertEquals(13, plan.categories().stream().map(Category::id).distinct().count());
        assertTrue(plan.categories().stream().allMatch(c -> c.id().matches("[a-z0-9]+(-[a-z0-9]+)*")));
    }

    // ---- forums --------------------------------------------------------------------------------------------

    /**
     * The 35 forum names with their "Møder pr. år", in order, as in Bilag 1. The names carry no trailing full
     * stop (16 of them have one in the source); "Ugentlige" is "Ugentligt" in the source; "Min 4" (Retterne)
     * is written "Min. 4".
     */
    private static final Map<String, String> FORUM_FREQUENCIES = table(
            // 1. Kontakt med lokalsamfundet m.v.
            "Kredsrådet for Midt- og Vestsjællands Politi", "Min. 4",
            "Kontaktudvalget", "Min. 4",
            "Lokalrådene i de enkelte kommuner", "Min. 4 (2 i 2007)",
            // 2. Beredskab
            "Beredskabskommissionen i de enkelte kommuner", "4",
            "Beredskabsstaben (strategisk niveau)", "Ad hoc",
            "Møder i Beredskabsstaben (operativt samarbejde)", "Ad hoc",
            "Epidemikommissionen", "Ad hoc",
            "Møder med Region Sjællands Sundhedsberedskabs- og præhospitale udvalg", "2-3",
            "Møder med Statens Lufthavnsvæsen", "Ad hoc",
            "Møder med festivalledelser", "Ad hoc",
            "Møder med handelsstandsforeninger", "Ad hoc",
            "Møder med Embedslægeinstitutionen", "Ad hoc",
            // 3. Dyreværn- og fødevarer
            "Møder med Fødevareregionen (overordnet koordination)", "Ad hoc",
            "Netværksmøder med Fødevareregionen", "1-2",
            "Kontaktpersonsordning for dyreværnsorganisationer", "Min. 1",
            // 4. Kriminalitetsforebyggelse
            "Koordinationsudvalg – kriminalitetsforebyggelse (taktisk niveau)", "Min. 4",
            "Lokale forebyggelsesteam – kriminalitetsforebyggelse (taktisk niveau)", "Ad hoc",
            "Ugentlige statusmøder i nogle kommuner – kriminalitetsforebyggelse (taktisk niveau)", "52",
            "Beboermøder, herunder møder med lokale idrætsforeninger", "Ad hoc",
            "Konfliktråd", "Ad hoc",
            // 5. Psykiatri og misbrug m.v.
            "Møder med psykiatrien i Region Sjælland", "2",
            "Møder med Sct. Hans", "1",
            "Møder med opholdssteder m.v. for utilpassede unge", "Ad hoc",
            "Møder med væresteder, ”varmestuer” og misbrugscentre", "Ad hoc",
            // 6. Trafiksikkerhed
            "Møder i lokale trafiksikkerhedsudvalg", "Besluttet lokalt",
            "Møder med vejcentre", "4",
            // 7. Illegalt arbejde
            "Netværk vedrørende illegalt arbejde", "2",
            // 8. Kvindehandel m.v.
            "Løbende møder med kvindekrisecentre, herunder gensidig orientering vedrørende æresrelaterede "
                    + "forbrydelser", "2",
            // 9. Bevillinger
            "Bevillingsnævne", "Ad hoc",
            // 10. Afsoning m.v.
            "Møder med Kriminalforsorgen", "Ad hoc",
            // 11. Skat m.v.
            "Møder med SKAT (overordnet)", "1",
            "Møder med SKAT (konkrete)", "Ad hoc",
            // 12. Retterne
            "Møde med retterne (overordnet)", "Min. 4", // "Min 4" in the source
            "Møde med retterne (sagsbehandlerniveau)", "Min. 4", // "Min 4" in the source
            // 13. Pressen
            "Møder med pressen", "1");

    @Test
    void thirtyFiveForumNamesInOrder() {
        assertEquals(35, FORUM_FREQUENCIES.size(), "the table above");
        assertEquals(List.copyOf(FORUM_FREQUENCIES.keySet()), plan.forums().map(Forum::name).toList());
    }

    @Test
    void frequencyOfEveryForum() {
        Map<String, String> actual = plan.forums().collect(Collectors.toMap(Forum::name,
                f -> f.frequency().format(), (a, b) -> a + " / " + b, LinkedHashMap::new));
        assertEquals(FORUM_FREQUENCIES, actual);
    }

    @Test
    void frequencyKindsCountedByHand() {
        // Bilag 1 has 16 "Ad hoc"; 3 "Min. 4", 2 "Min 4", 1 "Min. 1" and 1 "Min. 4 (2 i 2007)"; 2 ranges
        // ("2-3", "1-2"); 9 plain counts (4, 4, 52, 2, 1, 2, 2, 1, 1) and 1 "Besluttet lokalt": 35 in all
        Map<MeetingFrequency.Kind, Long> kinds = plan.forums()
                .collect(Collectors.groupingBy(f -> f.frequency().kind(), Collectors.counting()));
        assertEquals(16L, kinds.get(MeetingFrequency.Kind.AS_NEEDED));
        assertEquals(7L, kinds.get(MeetingFrequency.Kind.AT_LEAST));
        assertEquals(2L, kinds.get(MeetingFrequency.Kind.BETWEEN));
        assertEquals(9L, kinds.get(MeetingFrequency.Kind.EXACTLY));
        assertEquals(1L, kinds.get(MeetingFrequency.Kind.DECIDED_LOCALLY));
    }

    @Test
    void forumIdsAreUniqueAsciiSlugs() {
        List<String> ids = plan.forums().map(Forum::id).toList();
        assertEquals(35, ids.size());
        assertEquals(35, ids.stream().distinct().count(), ids::toString);
        for (String id : ids) {
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id);
        }
        assertEquals("kredsraadet", ids.get(0));
        assertEquals("kontaktudvalget", ids.get(1));
        assertEquals("lokalraadene", ids.get(2));
    }

    @Test
    void everyForumHasATopicAndAtLeastOneRepresentative() {
        plan.forums().forEach(f -> {
            assertFalse(f.topic().isBlank(), f.name());
            assertFalse(f.representatives().isEmpty(), f.name());
            for (String representative : f.representatives()) {
                assertFalse(representative.isBlank(), f.name());
                assertFalse(representative.endsWith(".") && !representative.endsWith("m.v."),
                        () -> f.name() + ": final full stop dropped: " + representative);
                assertFalse(representative.startsWith("og ") || representative.startsWith("samt "), representative);
            }
            assertFalse(f.name().endsWith("."), () -> "no trailing full stop: " + f.name());
        });
    }

    @Test
    void categoryOfForums() {
        assertEquals("Kontakt med lokalsamfundet m.v.", plan.categoryOf("kredsraadet").orElseThrow().title());
        assertEquals(5, plan.categories().stream().filter(c -> c.title().equals("Psykiatri og misbrug m.v."))
                .findFirst().orElseThrow().number());
        assertEquals(13, plan.categories().stream().filter(c -> c.title().equals("Pressen"))
                .findFirst().orElseThrow().number());
    }

    // ---- representatives and topics (spot checks) -----------------------------------------------------------

    private static Forum forumNamed(String name) {
        return plan.forums().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no forum " + name));
    }

    @Test
    void kredsraad() {
        Forum f = forumNamed("Kredsrådet for Midt- og Vestsjællands Politi");
        assertEquals("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.", f.topic());
        assertEquals(List.of("Politidirektøren", "borgmestrene i de kommuner, der geografisk indgår i politikredsen"),
                f.representatives());
    }

    @Test
    void kontaktudvalg() {
        Forum f = forumNamed("Kontaktudvalget");
        assertEquals("Forberedelse af kredsrådsmøder m.v.", f.topic()); // "kreds-rådsmøder" in the source
        assertEquals(List.of("Chefen for politikredsens ledelsessekretariat", "lederen af lokalpolitiet",
                "repræsentanter for kommunerne"), f.representatives());
    }

    @Test
    void beredskabsstabenOperativtAcrossThePageBreak() {
        Forum f = forumNamed("Møder i Beredskabsstaben (operativt samarbejde)");
        assertEquals("Samarbejdet mellem totalforsvaret (herunder Hjemmeværnet og Politihjemmeværn), "
                + "Beredskabsregion og politi.", f.topic());
        assertEquals(List.of("Chefpolitiinspektøren", "liniechef for beredskabet", "repræsentant for Hjemmeværnet",
                "repræsentant for Beredskabsstyrelsen"), f.representatives());
    }

    @Test
    void beredskabsstabenStrategisk() {
        assertEquals(List.of("Politidirektøren", "chefpolitiinspektøren", "chefen for Totalforsvarsregionen",
                "chefen for Beredskabsstyrelsen i Næstved"),
                forumNamed("Beredskabsstaben (strategisk niveau)").representatives());
    }

    @Test
    void kriminalforsorgenAcrossThePageBreak() {
        Forum f = forumNamed("Møder med Kriminalforsorgen");
        assertEquals("Samarbejdet mellem politikredsen og Kriminalforsorgen.", f.topic());
        assertEquals(List.of("Chefanklageren", "politiadvokaten for særlovskriminalitet",
                "politiadvokaten for særlige sager", "repræsentanter for Kriminalforsorgen"), f.representatives());
    }

    @Test
    void skatOverordnetKeepsTheCompoundRole() {
        assertEquals(List.of("Chefanklageren", "politiadvokaten for økonomisk kriminalitet",
                "liniechef for efterforskning",
                "lederne fra afdelingerne for økonomisk kriminalitet og organiseret kriminalitet",
                "repræsentanter fra SKAT"), forumNamed("Møder med SKAT (overordnet)").representatives());
    }

    @Test
    void trafiksikkerhedsudvalg() {
        Forum f = forumNamed("Møder i lokale trafiksikkerhedsudvalg");
        assertEquals(7, f.representatives().size(), f.representatives()::toString);
        assertEquals("Lederne af lokalpolitienhederne", f.representatives().get(0));
        assertTrue(f.representatives().contains("Cyklistforbundet"));
        assertEquals("evt. handicapforbund", f.representatives().get(6));
    }

    @Test
    void typosCorrected() {
        assertEquals(List.of("Lederne af lokalpolitienhederne", "repræsentanter for Forebyggelsessekretariatet",
                "repræsentanter for institutionerne"), // "repræsenter" in the source
                forumNamed("Møder med opholdssteder m.v. for utilpassede unge").representatives());
        assertEquals("Repræsentanter for forebyggelsessekretariatet", // "Repræstanter" in the source
                forumNamed("Løbende møder med kvindekrisecentre, herunder gensidig orientering vedrørende "
                        + "æresrelaterede forbrydelser").representatives().get(0));
        assertEquals("repræsentanter for relevante dyreværnsorganisationer", // "fore relevante" in the source
                forumNamed("Kontaktpersonsordning for dyreværnsorganisationer").representatives().get(2));
        assertEquals("repræsentanter for SKAT, LO, Byggefagene og Beskæftigelsesregionen", // "repræsenter"
                forumNamed("Netværk vedrørende illegalt arbejde").representatives().get(3));
        assertEquals("Synliggørelse af uhensigtsmæssig adfærd med henblik på en samlet koordineret indsats.",
                forumNamed("Ugentlige statusmøder i nogle kommuner – kriminalitetsforebyggelse (taktisk niveau)")
                        .topic());
        assertEquals("Behandling af bevillingssager.", forumNamed("Bevillingsnævne").topic());
    }

    @Test
    void noHyphenationArtefactsLeft() {
        plan.forums().forEach(f -> {
            for (String text : texts(f)) {
                for (String broken : List.of("lokal-samfund", "kreds-råd", "uhen-sigt", "Hjem-meværn", "Hjem- ",
                        "bevillings-sager", "Kriminalfor-", "be-", "repræsenter ", "Repræstanter", " fore ")) {
                    assertFalse(text.contains(broken), () -> f.name() + ": " + text);
                }
            }
        });
    }

    private static List<String> texts(Forum f) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(f.name());
        texts.add(f.topic());
        texts.addAll(f.representatives());
        texts.addAll(f.notes());
        f.actionPlan().ifPresent(texts::add);
        return texts;
    }

    // ---- the lokalråd --------------------------------------------------------------------------------------

    /** The ten municipalities of the lokalråd row, in the source's order, with their kommunekode. */
    private static final Map<String, String> MUNICIPALITIES = table(
            "Greve", "253",
            "Holbæk", "316",
            "Kalundborg", "326",
            "Køge", "259",
            "Lejre", "350",
            "Odsherred", "306",
            "Ringsted", "329",
            "Roskilde", "265",
            "Solrød", "269",
            "Stevns", "336");

    /** The 13 meeting dates listed in the lokalråd row ("holdt eller berammet"). */
    private static final Map<String, List<LocalDate>> DATES = Map.of(
            "Greve", List.of(LocalDate.of(2007, 10, 26), LocalDate.of(2007, 11, 14)),
            "Holbæk", List.of(LocalDate.of(2007, 9, 26), LocalDate.of(2007, 11, 7)),
            "Kalundborg", List.of(LocalDate.of(2007, 11, 29)),
            "Køge", List.of(LocalDate.of(2007, 11, 8)),
            "Lejre", List.of(LocalDate.of(2007, 11, 20)),
            "Odsherred", List.of(LocalDate.of(2007, 9, 27), LocalDate.of(2007, 11, 8)),
            "Ringsted", List.of(LocalDate.of(2007, 12, 6)),
            "Roskilde", List.of(LocalDate.of(2007, 11, 22)),
            "Solrød", List.of(LocalDate.of(2007, 9, 28)),
            "Stevns", List.of(LocalDate.of(2007, 10, 31)));

    private static Forum lokalraad() {
        return forumNamed("Lokalrådene i de enkelte kommuner");
    }

    @Test
    void lokalraadTopicRepresentativesAndFrequency() {
        Forum f = lokalraad();
        assertEquals("lokalraadene", f.id());
        assertEquals("Spørgsmål vedrørende politiets kriminalitetsbekæmpende og kriminalpræventive indsats i "
                + "lokalområdet m.v.", f.topic());
        assertEquals(List.of("Lederne af lokalpolitienhederne", "repræsentanter for kommunerne",
                "repræsentanter for det øvrige lokalsamfund"), f.representatives());
        assertEquals(new MeetingFrequency.AtLeast(4, Optional.of(new MeetingFrequency.YearCount(2, 2007))),
                f.frequency());
    }

    @Test
    void lokalraadActionPlanAndNotes() {
        Forum f = lokalraad();
        assertEquals(Optional.of("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd.\n\n"
                + "Handleplanerne indeholder oplysninger om formålet med lokalrådene, lokalrådenes sammensætning, "
                + "lokalrådenes funktion, tilrettelæggelsen af arbejdet, herunder bl.a. oplysninger om de emner, "
                + "som hvert enkelt lokalråd som minimum skal behandle i 2007."), f.actionPlan());
        assertEquals(List.of(
                "I 2007 vil lokalrådene hovedsageligt have til opgave at konstituere sig og identificere mulige "
                        + "opgaver.",
                "Lokalrådene har i 2007 holdt eller berammet følgende møder:"), f.notes());
    }

    @Test
    void tenMunicipalitiesWithCodesInTheSourcesOrder() {
        List<LocalUnit> units = lokalraad().localUnits();
        Map<String, String> actual = new LinkedHashMap<>();
        for (LocalUnit unit : units) {
            actual.put(unit.municipality().name(), unit.municipality().code());
        }
        assertEquals(10, units.size());
        assertEquals(MUNICIPALITIES, actual);
        assertEquals(List.copyOf(MUNICIPALITIES.keySet()),
                units.stream().map(u -> u.municipality().name()).toList());
    }

    @Test
    void thirteenMeetingDates() {
        List<LocalUnit> units = lokalraad().localUnits();
        for (LocalUnit unit : units) {
            String name = unit.municipality().name();
            assertEquals(DATES.get(name), unit.meetings().stream().map(Meeting::date).toList(), name);
            assertTrue(unit.meetings().stream().allMatch(m -> m.status().isEmpty()),
                    "the source says \"holdt eller berammet\" without telling which");
        }
        assertEquals(13, units.stream().mapToLong(u -> u.meetings().size()).sum());
        List<LocalDate> all = units.stream().flatMap(u -> u.meetings().stream()).map(Meeting::date).sorted().toList();
        assertEquals(LocalDate.of(2007, 9, 26), all.get(0));
        assertEquals(LocalDate.of(2007, 12, 6), all.get(all.size() - 1));
    }

    @Test
    void onlyTheLokalraadHasLocalUnitsActionPlanAndNotes() {
        assertEquals(List.of("lokalraadene"), plan.forums().filter(f -> !f.localUnits().isEmpty())
                .map(Forum::id).toList());
        assertEquals(List.of("lokalraadene"), plan.forums().filter(f -> f.actionPlan().isPresent())
                .map(Forum::id).toList());
        assertTrue(plan.forums().allMatch(f -> f.termsOfReference().isEmpty() && f.goals().isEmpty()
                && f.interfaces().isEmpty()), "the 2007 plan publishes no kommissorier, målsætninger, snitflader");
    }

    private static <V> Map<String, V> table(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) keysAndValues[i + 1];
            Object previous = map.put((String) keysAndValues[i], value);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate " + keysAndValues[i]);
            }
        }
        return map;
    }
}
