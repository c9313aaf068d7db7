package dk.samarbejdsplan.model.io;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hand-built plans for the reader and writer tests. */
final class TestPlans {
    /** The example plan, from plan-model's base directory. */
    static final Path EXAMPLE = Path.of("..", "examples", "plans", "samarbejdsplan-2007.yaml");

    /**
     * Texts that YAML and JSON writers get wrong: YAML's other types, indicators, blanks at the ends, every
     * kind of line break, control characters, invisible characters, emoji, long lines.
     */
    static final List<String> NASTY = List.of("", " ", "  leading blanks", "trailing blanks  ", "yes", "no",
            "Yes", "NO", "on", "off", "y", "n", "null", "Null", "NULL", "~", "true", "False", "2007-10-26",
            "2007-10-26T10:00:00Z", "12:30", "1:20:30", "0x1F", "0o17", "1e3", ".inf", "-.inf", ".NaN", "+1", "-1",
            "007", "1_000", "253", "a: b", "a:b", "ends with colon:", "# not a comment", "a #b", "a#b", "- item",
            "-", "?", "? x", ":", "!tag", "!!java.lang.Object", "&anchor", "*alias", "|", ">", "'single'",
            "\"double\"", "%YAML 1.2", "@at", "`tick`", "{a: 1}", "[1, 2]", "a, b", "<<", "=", "---", "...",
            "line 1\nline 2", "line\n", "\nleading line feed", "trailing line feeds\n\n", "crlf\r\nline",
            "cr\ronly", "tab\there", "\tleading tab", "nul\u0000x", "bell\u0007", "del\u007f", "nel\u0085x",
            "line separator\u2028x", "paragraph separator\u2029x", "bom\uFEFFx", "emoji 😀 🇩🇰 👩‍👩‍👧",
            "æøå ÆØÅ é ü", "multi\n  indented\n\ttabbed", "  \n  ", "\n", "\n\n", "blank before break \nx",
            "no\u00A0break space", "zero\u200Bwidth", "\\backslash", "quote\"inside", "apostrophe'inside",
            "x".repeat(500), "ord ".repeat(200).strip(), "two  spaces " + "w ".repeat(80), "\uFFFD",
            "x\u0301 combining", "Min. 4 (2 i 2007)", "§ 113", "a\n\nb\n\nc", "- a\n- b", "key: value\nk2: v2",
            "  indented first line\nsecond", "ends with blank line\n \n");

    private TestPlans() {
    }

    /** A plan with every field set, some of them to nasty texts. */
    static CooperationPlan rich() {
        Forum full = Forum.builder()
                .id("kredsraadet")
                .name("Kredsrådet for Midt- og Vestsjællands Politi")
                .topic("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.")
                .representatives(List.of("Politidirektøren",
                        "borgmestrene i de kommuner, der geografisk indgår i politikredsen"))
                .frequency(new MeetingFrequency.AtLeast(4, Optional.of(new MeetingFrequency.YearCount(2, 2007))))
                .termsOfReference("Kredsrådet drøfter politiets virksomhed.\n\nAndet afsnit: med kolon.")
                .goals(List.of("Færre indbrud", "Tryghed: i alle kommuner"))
                .actionPlan("Første afsnit.\n\nAndet afsnit.")
                .interfaces(List.of("kontaktudvalget"))
                .notes(NASTY)
                .localUnits(List.of(
                        new LocalUnit(new Municipality("253", "Greve"),
                                List.of(Meeting.on(LocalDate.of(2007, 10, 26)),
                                        new Meeting(LocalDate.of(2007, 11, 14), Optional.of(MeetingStatus.PLANNED)),
                                        new Meeting(LocalDate.of(2007, 12, 1), Optional.of(MeetingStatus.HELD))),
                                Optional.of("Handleplan for Greve.")),
                        LocalUnit.of(new Municipality("316", "Holbæk"), List.of())))
                .build();
        Forum small = Forum.builder()
                .id("kontaktudvalget")
                .name("Kontaktudvalget")
                .topic("")
                .frequency(new MeetingFrequency.Between(2, 3))
                .build();
        Forum others = Forum.builder().id("ad-hoc").name("Ad hoc-møder").topic("t").representatives(List.of("a"))
                .frequency(new MeetingFrequency.AsNeeded()).build();
        Forum local = Forum.builder().id("lokalt").name("Lokalt").topic("t").representatives(List.of("a"))
                .frequency(new MeetingFrequency.DecidedLocally()).build();
        Forum weekly = Forum.builder().id("ugentlig").name("Ugentlig").topic("t").representatives(List.of("a"))
                .frequency(new MeetingFrequency.Exactly(52)).build();
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007)
                .edition(2)
                .status(PlanStatus.ADOPTED)
                .discussedInDistrictCouncil(LocalDate.of(2007, 12, 13))
                .legalBasis("Retsplejelovens § 113, stk. 4")
                .title("Samarbejdsplan for 2007")
                .subtitle("En plan for samarbejdet\nover to linjer")
                .section(new Section("Indledning", List.of("Første afsnit.", "Andet afsnit: med kolon.")))
                .section(new Section("Nasty", NASTY))
                .section(new Section("Tom", List.of()))
                .categories(List.of(
                        new Category("kontakt-med-lokalsamfundet", 1, "Kontakt med lokalsamfundet m.v.",
                                List.of(full, small)),
                        new Category("beredskab", 2, "Beredskab", List.of(others, local, weekly)),
                        new Category("tom", 3, "yes", List.of())))
                .build();
    }

    /** The smallest plan. */
    static CooperationPlan minimal() {
        return CooperationPlan.builder().district(PoliceDistrict.of("D")).year(2007).build();
    }
}
