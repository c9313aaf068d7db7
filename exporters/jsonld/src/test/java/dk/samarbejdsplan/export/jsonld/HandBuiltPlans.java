package dk.samarbejdsplan.export.jsonld;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.List;

/** A hand-built part of the 2007 plan (transcribed from the seed), for tests that need no plan reader. */
final class HandBuiltPlans {
    private HandBuiltPlans() {
    }

    static Meeting on(String date) {
        return Meeting.on(LocalDate.parse(date));
    }

    static LocalUnit unit(String code, String name, String... dates) {
        return LocalUnit.of(new Municipality(code, name), java.util.Arrays.stream(dates).map(HandBuiltPlans::on)
                .toList());
    }

    /** Category 1 (with the lokalråd and their 13 meetings), 2 (partly) and 4 (partly) of the 2007 plan. */
    static CooperationPlan part2007() {
        Forum kredsraad = Forum.builder().id("kredsraadet")
                .name("Kredsrådet for Midt- og Vestsjællands Politi")
                .topic("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.")
                .representatives(List.of("Politidirektøren",
                        "Borgmestrene i de kommuner, der geografisk indgår i politikredsen"))
                .frequency("Min. 4").interfaces(List.of("kontaktudvalget")).build();
        Forum kontakt = Forum.builder().id("kontaktudvalget").name("Kontaktudvalget")
                .topic("Forberedelse af kredsrådsmøder m.v.")
                .representatives(List.of("Chefen for politikredsens ledelsessekretariat",
                        "Lederen af lokalpolitiet", "Repræsentanter for kommunerne"))
                .frequency("Min. 4").interfaces(List.of("kredsraadet")).build();
        Forum lokalraad = Forum.builder().id("lokalraadene").name("Lokalrådene i de enkelte kommuner")
                .topic("Spørgsmål vedrørende politiets kriminalitetsbekæmpende og kriminalpræventive indsats"
                        + " i lokalområdet m.v.")
                .representatives(List.of("Lederne af lokalpolitienhederne", "Repræsentanter for kommunerne",
                        "Repræsentanter for det øvrige lokalsamfund"))
                .frequency("Min. 4 (2 i 2007)")
                .actionPlan("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd.\n\n"
                        + "I 2007 vil lokalrådene hovedsageligt have til opgave at konstituere sig og identificere"
                        + " mulige opgaver.")
                .notes(List.of("Lokalrådene har i 2007 holdt eller berammet følgende møder."))
                .localUnits(List.of(
                        unit("253", "Greve", "2007-10-26", "2007-11-14"),
                        unit("316", "Holbæk", "2007-09-26", "2007-11-07"),
                        unit("326", "Kalundborg", "2007-11-29"),
                        unit("259", "Køge", "2007-11-08"),
                        unit("350", "Lejre", "2007-11-20"),
                        unit("306", "Odsherred", "2007-09-27", "2007-11-08"),
                        unit("329", "Ringsted", "2007-12-06"),
                        unit("265", "Roskilde", "2007-11-22"),
                        unit("269", "Solrød", "2007-09-28"),
                        unit("336", "Stevns", "2007-10-31")))
                .build();
        Forum beredskabskommission = Forum.builder().id("beredskabskommissionen")
                .name("Beredskabskommissionen i de enkelte kommuner")
                .topic("Overordnet drøftelse af sager af beredskabsmæssig karakter")
                .representatives(List.of("Liniechef for beredskabet", "Borgmesteren for den enkelte kommune"))
                .frequency("4").build();
        Forum epidemi = Forum.builder().id("epidemikommissionen").name("Epidemikommissionen")
                .topic("Samarbejde om foranstaltninger mod smitsomme sygdomme m.v.")
                .representatives(List.of("Politidirektøren", "Repræsentant for Embedslægeinstitutionen",
                        "Repræsentant for Region Sjælland"))
                .frequency("Ad hoc").build();
        Forum region = Forum.builder().id("region-sjaelland-sundhedsberedskab")
                .name("Møder med Region Sjællands Sundhedsberedskabs- og præhospitale udvalg")
                .topic("Samarbejdet mellem politikredsen og Region Sjælland på udvalgets område")
                .representatives(List.of("Liniechefen for beredskabet", "Repræsentant for Region Sjælland"))
                .frequency("2-3").build();
        Forum status = Forum.builder().id("ugentlige-statusmoeder")
                .name("Ugentligt statusmøder i nogle kommuner – kriminalitetsforebyggelse (taktisk niveau)")
                .topic("Synliggørelse af uhensigtsmæssig adfærd med henblik på en samlet koordineret indsats.")
                .representatives(List.of("Politistationernes forebyggelsesmedarbejder", "SSP-konsulenter"))
                .frequency("52").goals(List.of("Færre indbrud", "Tryghed i nattelivet")).build();
        Forum trafik = Forum.builder().id("lokale-trafiksikkerhedsudvalg")
                .name("Møder i lokale trafiksikkerhedsudvalg.")
                .topic("Lokale initiativer vedr. færdselssikkerhed, herunder skolestart m.v.")
                .representatives(List.of("Lederne af lokalpolitienhederne"))
                .frequency("Besluttet lokalt").termsOfReference("Et kommissorium.").build();
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007)
                .status(PlanStatus.ADOPTED)
                .title("Samarbejdsplan for 2007")
                .subtitle("En plan for samarbejdet mellem Midt- og Vestsjællands Politi, kommunerne, andre"
                        + " offentlige myndigheder, interesseorganisationer, foreninger m.v. i politikredsen i 2007")
                .section(Section.of("Indledning", "Politiet har en lang tradition for et tæt samarbejde med"
                        + " lokalsamfundet.", "For Midt- og Vestsjællands Politi er det afgørende, at dette tætte"
                        + " samarbejde videreføres og styrkes."))
                .section(Section.of("Opfølgning", "Samarbejdsplanen skal således være en dynamisk plan."))
                .section(Section.of("Offentliggørelse", "De årlige samarbejdsplaner vil derfor blive"
                        + " offentliggjort på www.politi.dk."))
                .category("kontakt-med-lokalsamfundet", "Kontakt med lokalsamfundet m.v.",
                        List.of(kredsraad, kontakt, lokalraad))
                .category("beredskab", "Beredskab", List.of(beredskabskommission, epidemi, region))
                .category("kriminalitetsforebyggelse", "Kriminalitetsforebyggelse", List.of(status))
                .category("trafiksikkerhed", "Trafiksikkerhed", List.of(trafik))
                .build();
    }
}
