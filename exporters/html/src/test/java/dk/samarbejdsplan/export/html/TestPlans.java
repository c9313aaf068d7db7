package dk.samarbejdsplan.export.html;

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

/** Plans built in code for the HTML tests. */
final class TestPlans {
    private TestPlans() {
    }

    static LocalUnit unit(String code, String name, String... dates) {
        return LocalUnit.of(new Municipality(code, name),
                java.util.Arrays.stream(dates).map(d -> Meeting.on(LocalDate.parse(d))).toList());
    }

    /** The lokalråd forum of the 2007 plan, with its ten local units and 13 dates, as in the seed. */
    static Forum lokalraad() {
        return Forum.builder().id("lokalraadene").name("Lokalrådene i de enkelte kommuner")
                .topic("Spørgsmål vedrørende politiets kriminalitetsbekæmpende og kriminalpræventive indsats i"
                        + " lokalområdet m.v.")
                .representatives(List.of("Lederne af lokalpolitienhederne", "repræsentanter for kommunerne",
                        "repræsentanter for det øvrige lokalsamfund"))
                .frequency("Min. 4 (2 i 2007)")
                .actionPlan("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd.\n\n"
                        + "Handleplanerne indeholder oplysninger om formålet med lokalrådene.")
                .note("I 2007 vil lokalrådene hovedsageligt have til opgave at konstituere sig og identificere mulige"
                        + " opgaver.")
                .interfaces(List.of("kredsraadet"))
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
    }

    /** A part of the 2007 plan, typed in from the seed: the narrative and four categories. */
    static CooperationPlan handBuilt2007() {
        Forum kredsraad = Forum.builder().id("kredsraadet").name("Kredsrådet for Midt- og Vestsjællands Politi")
                .topic("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.")
                .representatives(List.of("Politidirektøren",
                        "borgmestrene i de kommuner, der geografisk indgår i politikredsen"))
                .frequency("Min. 4").build();
        Forum kontakt = Forum.builder().id("kontaktudvalget").name("Kontaktudvalget")
                .topic("Forberedelse af kredsrådsmøder m.v.")
                .representatives(List.of("Chefen for politikredsens ledelsessekretariat", "lederen af lokalpolitiet",
                        "repræsentanter for kommunerne"))
                .frequency("Min. 4").build();
        Forum beredskab = Forum.builder().id("beredskabskommissionen").name("Beredskabskommissionen i de enkelte kommuner")
                .topic("Overordnet drøftelse af sager af beredskabsmæssig karakter")
                .representatives(List.of("Liniechef for beredskabet", "borgmesteren for den enkelte kommune"))
                .frequency("4").build();
        Forum staben = Forum.builder().id("beredskabsstaben").name("Beredskabsstaben (strategisk niveau)")
                .topic("Samarbejdet mellem totalforsvaret (herunder hjemmeværn og politihjemmeværn),"
                        + " beredskabsregion og politi.")
                .representatives(List.of("Politidirektøren", "chefpolitiinspektøren")).frequency("Ad hoc").build();
        Forum region = Forum.builder().id("region-sjaelland-sundhedsberedskab")
                .name("Møder med Region Sjællands Sundhedsberedskabs- og præhospitale udvalg")
                .topic("Samarbejdet mellem politikredsen og Region Sjælland på udvalgets område")
                .representatives(List.of("Liniechefen for beredskabet", "repræsentant for Region Sjælland"))
                .frequency("2-3").build();
        Forum status = Forum.builder().id("ugentlige-statusmoeder").name("Ugentlige statusmøder i nogle kommuner –"
                        + " kriminalitetsforebyggelse (taktisk niveau)")
                .topic("Synliggørelse af uhensigtsmæssig adfærd med henblik på en samlet koordineret indsats.")
                .representatives(List.of("Politistationernes forebyggelsesmedarbejder", "SSP-konsulenter"))
                .frequency("52").build();
        Forum trafik = Forum.builder().id("lokale-trafiksikkerhedsudvalg").name("Møder i lokale trafiksikkerhedsudvalg")
                .topic("Lokale initiativer vedr. færdselssikkerhed, herunder skolestart m.v.")
                .representatives(List.of("Lederne af lokalpolitienhederne", "Cyklistforbundet"))
                .frequency("Besluttet lokalt").build();
        Forum presse = Forum.builder().id("pressen").name("Møder med pressen")
                .topic("Samarbejde mellem politiet og pressen")
                .representatives(List.of("Politikredsens øverste ledelse", "pressen")).frequency("1").build();
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007).status(PlanStatus.ADOPTED)
                .title("Samarbejdsplan for 2007")
                .subtitle("En plan for samarbejdet mellem Midt- og Vestsjællands Politi, kommunerne, andre offentlige"
                        + " myndigheder, interesseorganisationer, foreninger m.v. i politikredsen i 2007")
                .section(Section.of("Indledning",
                        "Politiet har en lang tradition for et tæt samarbejde med lokalsamfundet, herunder kommunerne,"
                                + " andre offentlige myndigheder, foreninger m.v. i politikredsen.",
                        "For Midt- og Vestsjællands Politi er det afgørende, at dette tætte samarbejde videreføres og"
                                + " styrkes."))
                .section(Section.of("Opfølgning", "Samarbejdsplanen skal således være en dynamisk plan."))
                .section(Section.of("Offentliggørelse", "De årlige samarbejdsplaner vil derfor – efter drøftelserne i"
                        + " Kredsrådet – blive offentliggjort på www.politi.dk og andre relevante steder."))
                .category("kontakt-med-lokalsamfundet", "Kontakt med lokalsamfundet m.v.",
                        List.of(kredsraad, kontakt, lokalraad()))
                .category("beredskab", "Beredskab", List.of(beredskab, staben, region))
                .category("kriminalitetsforebyggelse", "Kriminalitetsforebyggelse", List.of(status))
                .category("trafiksikkerhed", "Trafiksikkerhed", List.of(trafik))
                .category("pressen", "Pressen", List.of(presse))
                .build();
    }
}
