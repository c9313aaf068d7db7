package dk.samarbejdsplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule with a plan that breaks it (and nothing else) and plans that keep it: code, severity, path and
 * the message in both languages, written out by hand.
 */
class RuleCasesTest {

    // the elements of Plans.valid(), named as the messages name them
    static final String CAT1_DA = "(kategori 1 \"Kontakt med lokalsamfundet m.v.\")";
    static final String CAT1_EN = "(category 1 \"Kontakt med lokalsamfundet m.v.\")";
    static final String KREDS_DA = "Forum \"Kredsrådet for Midt- og Vestsjællands Politi\" " + CAT1_DA;
    static final String KREDS_EN = "Forum \"Kredsrådet for Midt- og Vestsjællands Politi\" " + CAT1_EN;
    static final String KONTAKT_DA = "Forum \"Kontaktudvalget\" " + CAT1_DA;
    static final String KONTAKT_EN = "Forum \"Kontaktudvalget\" " + CAT1_EN;
    static final String LOKAL_DA = "forum \"Lokalrådene i de enkelte kommuner\" " + CAT1_DA;
    static final String LOKAL_EN = "forum \"Lokalrådene i de enkelte kommuner\" " + CAT1_EN;
    static final String EPI_DA = "Forum \"Epidemikommissionen\" (kategori 2 \"Beredskab\")";
    static final String EPI_EN = "Forum \"Epidemikommissionen\" (category 2 \"Beredskab\")";
    static final String LOKAL = "categories[0].forums[2]";
    static final String EPI = "categories[1].forums[1]";

    record Case(Supplier<CooperationPlan> plan, Severity severity, String code, String path, String da, String en) {
    }

    static Arguments fails(String name, Supplier<CooperationPlan> plan, Severity severity, String code, String path,
            String da, String en) {
        return Arguments.of(Named.of(code + " " + name, new Case(plan, severity, code, path, da, en)));
    }

    static String unitDa(String name, String code) {
        return "Enheden for " + name + " (kommune " + code + ") i " + LOKAL_DA;
    }

    static String unitEn(String name, String code) {
        return "The unit for " + name + " (municipality " + code + ") in " + LOKAL_EN;
    }

    static Meeting held(String date) {
        return new Meeting(LocalDate.parse(date), Optional.of(MeetingStatus.HELD));
    }

    static CooperationPlan numbered(int... numbers) {
        List<Category> categories = new ArrayList<>();
        String[] titles = {"Kontakt", "Beredskab", "Dyreværn- og fødevarer", "Kriminalitetsforebyggelse",
            "Psykiatri og misbrug m.v.", "Trafiksikkerhed"};
        for (int i = 0; i < numbers.length; i++) {
            categories.add(new Category("kategori-" + (i + 1), numbers[i], titles[i],
                    List.of(Plans.epidemikommissionen().toBuilder().id("forum-" + (i + 1))
                            .name("Forum " + (i + 1)).build())));
        }
        return Plans.valid().toBuilder().categories(categories).build();
    }

    static Stream<Arguments> failingPlans() {
        return Stream.of(
                // --- the plan
                fails("blank district name",
                        () -> Plans.valid().toBuilder().district(PoliceDistrict.of(" ", "1467")).build(),
                        Severity.ERROR, "VAL-001", "district.name",
                        "Samarbejdsplanen: politikredsens navn mangler — skriv fx \"Midt- og Vestsjællands Politi\".",
                        "The cooperation plan: the police district's name is missing — write e.g. \"Midt- og Vestsjællands Politi\"."),
                fails("district code of five digits",
                        () -> Plans.valid().toBuilder().district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "14670")).build(),
                        Severity.ERROR, "VAL-002", "district.code",
                        "Samarbejdsplanen: politikredsens kode \"14670\" er ikke fire cifre — skriv DAGI-koden, fx \"1467\", eller udelad koden.",
                        "The cooperation plan: the police district code \"14670\" is not four digits — give the DAGI code, e.g. \"1467\", or leave the code out."),
                fails("year missing", () -> Plans.valid().toBuilder().year(0).build(),
                        Severity.ERROR, "VAL-003", "year",
                        "Samarbejdsplanen: året mangler — skriv det år, planen gælder for.",
                        "The cooperation plan: the year is missing — give the year the plan covers."),
                fails("year 2006", () -> Plans.simple().toBuilder().year(2006).build(),
                        Severity.ERROR, "VAL-004", "year",
                        "Samarbejdsplanen: året 2006 ligger før 2007 — samarbejdsplaner efter retsplejelovens § 113 findes fra 2007.",
                        "The cooperation plan: the year 2006 is before 2007 — cooperation plans under section 113 of the Danish Administration of Justice Act exist from 2007."),
                fails("year 2009 in 2007", () -> Plans.simple().toBuilder().year(2009).build(),
                        Severity.ERROR, "VAL-005", "year",
                        "Samarbejdsplanen: året 2009 ligger mere end ét år ude i fremtiden (det er nu 2007) — højst 2008 er tilladt.",
                        "The cooperation plan: the year 2009 is more than one year ahead (the current year is 2007) — 2008 at the latest."),
                fails("edition 0", () -> Plans.valid().toBuilder().edition(0).build(),
                        Severity.ERROR, "VAL-006", "edition",
                        "Samarbejdsplanen: udgave 0 er ugyldig — udgaver nummereres fra 1.",
                        "The cooperation plan: edition 0 is not valid — editions are numbered from 1."),
                fails("blank title", () -> Plans.valid().toBuilder().title("  ").build(),
                        Severity.ERROR, "VAL-007", "title",
                        "Samarbejdsplanen: titlen mangler — skriv fx \"Samarbejdsplan for 2007\".",
                        "The cooperation plan: the title is missing — write e.g. \"Samarbejdsplan for 2007\"."),
                fails("blank legal basis", () -> Plans.valid().toBuilder().legalBasis("").build(),
                        Severity.ERROR, "VAL-008", "legalBasis",
                        "Samarbejdsplanen: retsgrundlaget mangler — skriv fx \"Retsplejelovens § 113\".",
                        "The cooperation plan: the legal basis is missing — write e.g. \"Retsplejelovens § 113\"."),
                fails("adopted without the kredsråd date",
                        () -> Plans.valid().toBuilder().discussedInDistrictCouncil(null).build(),
                        Severity.WARNING, "VAL-009", "status",
                        "Samarbejdsplanen: planen er vedtaget, men datoen for kredsrådets drøftelse mangler — angiv den som \"discussedInDistrictCouncil\".",
                        "The cooperation plan: the plan is adopted, but the date of its discussion in the district council (kredsråd) is missing — give it as \"discussedInDistrictCouncil\"."),
                fails("no categories", () -> Plans.valid().toBuilder().categories(List.of()).build(),
                        Severity.ERROR, "VAL-010", "categories",
                        "Samarbejdsplanen: planen har ingen kategorier med samarbejdsfora — tilføj mindst én kategori.",
                        "The cooperation plan: the plan has no categories of cooperation forums — add at least one category."),
                fails("blank section heading",
                        () -> Plans.valid().toBuilder().sections(List.of(Plans.valid().sections().get(0),
                                Section.of(" ", "Samarbejdsplanen skal være en dynamisk plan."))).build(),
                        Severity.ERROR, "VAL-011", "sections[1].title",
                        "Afsnit 2 (uden overskrift): overskriften mangler.",
                        "Section 2 (no heading): the heading is missing."),
                fails("blank paragraph",
                        () -> Plans.valid().toBuilder().sections(List.of(Section.of("Indledning", "Politiet.", "\n\n"))).build(),
                        Severity.WARNING, "VAL-012", "sections[0].paragraphs[1]",
                        "Afsnit 1 \"Indledning\": feltet \"tekstafsnit 2\" er tomt — skriv en tekst, eller fjern feltet.",
                        "Section 1 \"Indledning\": the field \"paragraph 2\" is empty — write a text, or remove the field."),
                fails("blank subtitle", () -> Plans.valid().toBuilder().subtitle("").build(),
                        Severity.WARNING, "VAL-012", "subtitle",
                        "Samarbejdsplanen: feltet \"undertitel\" er tomt — skriv en tekst, eller fjern feltet.",
                        "The cooperation plan: the field \"subtitle\" is empty — write a text, or remove the field."),
                fails("blank terms of reference", () -> Plans.withForum(1, 1, f -> f.termsOfReference(" ")),
                        Severity.WARNING, "VAL-012", EPI + ".termsOfReference",
                        EPI_DA + ": feltet \"kommissorium\" er tomt — skriv en tekst, eller fjern feltet.",
                        EPI_EN + ": the field \"terms of reference\" is empty — write a text, or remove the field."),
                fails("blank goal", () -> Plans.withForum(1, 1, f -> f.goals(List.of("Færre smittede.", "\t"))),
                        Severity.WARNING, "VAL-012", EPI + ".goals[1]",
                        EPI_DA + ": feltet \"målsætning 2\" er tomt — skriv en tekst, eller fjern feltet.",
                        EPI_EN + ": the field \"goal 2\" is empty — write a text, or remove the field."),
                fails("blank action plan", () -> Plans.withForum(1, 1, f -> f.actionPlan("\u2003")),
                        Severity.WARNING, "VAL-012", EPI + ".actionPlan",
                        EPI_DA + ": feltet \"handleplan\" er tomt — skriv en tekst, eller fjern feltet.",
                        EPI_EN + ": the field \"action plan\" is empty — write a text, or remove the field."),
                fails("blank note", () -> Plans.withForum(1, 1, f -> f.notes(List.of(""))),
                        Severity.WARNING, "VAL-012", EPI + ".notes[0]",
                        EPI_DA + ": feltet \"note 1\" er tomt — skriv en tekst, eller fjern feltet.",
                        EPI_EN + ": the field \"note 1\" is empty — write a text, or remove the field."),
                fails("blank local action plan",
                        () -> Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                                new LocalUnit(new Municipality("316", "Holbæk"),
                                        List.of(Meeting.on(LocalDate.of(2007, 9, 26)), Meeting.on(LocalDate.of(2007, 11, 7))),
                                        Optional.of(" "))),
                        Severity.WARNING, "VAL-012", LOKAL + ".localUnits[1].actionPlan",
                        unitDa("Holbæk", "316") + ": feltet \"handleplan\" er tomt — skriv en tekst, eller fjern feltet.",
                        unitEn("Holbæk", "316") + ": the field \"action plan\" is empty — write a text, or remove the field."),

                fails("escape sequence in the title", () -> Plans.valid().toBuilder().title("Samarbejdsplan\u001B[2J for 2007").build(),
                        Severity.ERROR, "VAL-013", "title",
                        "Samarbejdsplanen: feltet \"titel\" indeholder tegnet U+001B (tegn nr. 15), et styretegn eller en retningsstyring, som ikke kan vises som tekst — fjern det.",
                        "The cooperation plan: the field \"title\" holds the character U+001B (character 15), a control character or a bidirectional override that cannot be shown as text — remove it."),
                fails("right-to-left override in a representative",
                        () -> Plans.withForum(0, 1, f -> f.representatives(List.of("Politidirektøren", "lederen af \u202Etebitilop"))),
                        Severity.ERROR, "VAL-013", "categories[0].forums[1].representatives[1]",
                        KONTAKT_DA + ": feltet \"repræsentant 2\" indeholder tegnet U+202E (tegn nr. 12), et styretegn eller en retningsstyring, som ikke kan vises som tekst — fjern det.",
                        KONTAKT_EN + ": the field \"representative 2\" holds the character U+202E (character 12), a control character or a bidirectional override that cannot be shown as text — remove it."),
                fails("C1 control in a municipality name",
                        () -> Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                                Plans.unit("316", "Holbæk\u009B", "2007-09-26", "2007-11-07")),
                        Severity.ERROR, "VAL-013", LOKAL + ".localUnits[1].municipality.name",
                        unitDa("Holbæk\u009B", "316") + ": feltet \"navn\" indeholder tegnet U+009B (tegn nr. 7), et styretegn eller en retningsstyring, som ikke kan vises som tekst — fjern det.",
                        unitEn("Holbæk\u009B", "316") + ": the field \"name\" holds the character U+009B (character 7), a control character or a bidirectional override that cannot be shown as text — remove it."),
                fails("bell and isolate in a note are one finding, at the first",
                        () -> Plans.withForum(0, 1, f -> f.notes(List.of("Se referatet.", "\u0007\u2066Ring"))),
                        Severity.ERROR, "VAL-013", "categories[0].forums[1].notes[1]",
                        KONTAKT_DA + ": feltet \"note 2\" indeholder tegnet U+0007 (tegn nr. 1), et styretegn eller en retningsstyring, som ikke kan vises som tekst — fjern det.",
                        KONTAKT_EN + ": the field \"note 2\" holds the character U+0007 (character 1), a control character or a bidirectional override that cannot be shown as text — remove it."),
                // --- categories
                fails("blank category id", () -> Plans.withCategory(1, c -> new Category(" ", 2, c.title(), c.forums())),
                        Severity.ERROR, "VAL-101", "categories[1].id",
                        "Kategori 2 \"Beredskab\": id mangler — giv kategorien et fast id af små bogstaver, tal og bindestreger, fx \"beredskab\".",
                        "Category 2 \"Beredskab\": the id is missing — give the category a stable id of lowercase letters, digits and hyphens, e.g. \"beredskab\"."),
                fails("category id with capitals and ø",
                        () -> Plans.withCategory(1, c -> new Category("Beredskab Øst", 2, c.title(), c.forums())),
                        Severity.ERROR, "VAL-102", "categories[1].id",
                        "Kategori 2 \"Beredskab\": id \"Beredskab Øst\" er ugyldigt — brug kun små bogstaver a-z og tal, adskilt af enkelte bindestreger (æ→ae, ø→oe, å→aa), fx \"beredskab-oest\".",
                        "Category 2 \"Beredskab\": the id \"Beredskab Øst\" is not valid — use only lowercase letters a-z and digits, separated by single hyphens (æ→ae, ø→oe, å→aa), e.g. \"beredskab-oest\"."),
                fails("two categories with one id",
                        () -> Plans.withCategory(1, c -> new Category("kontakt-med-lokalsamfundet", 2, c.title(), c.forums())),
                        Severity.ERROR, "VAL-103", "categories[1].id",
                        "Kategori 2 \"Beredskab\": id \"kontakt-med-lokalsamfundet\" bruges også af kategori 1 \"Kontakt med lokalsamfundet m.v.\" — hver kategori skal have sit eget id.",
                        "Category 2 \"Beredskab\": the id \"kontakt-med-lokalsamfundet\" is also used by category 1 \"Kontakt med lokalsamfundet m.v.\" — each category needs an id of its own."),
                fails("blank category title", () -> Plans.withCategory(1, c -> new Category(c.id(), 2, "", c.forums())),
                        Severity.ERROR, "VAL-104", "categories[1].title",
                        "Kategori 2 (uden titel): titlen mangler.",
                        "Category 2 (untitled): the title is missing."),
                fails("a second category 4", () -> numbered(1, 2, 3, 4, 4),
                        Severity.ERROR, "VAL-105", "categories[4].number",
                        "Kategori 4 \"Psykiatri og misbrug m.v.\": nummer 4 er også brugt af kategori 4 \"Kriminalitetsforebyggelse\" — nummerér kategorierne 1, 2, 3 … uden gentagelser, eller udelad \"number\", så følger nummeret af rækkefølgen.",
                        "Category 4 \"Psykiatri og misbrug m.v.\": the number 4 is also used by category 4 \"Kriminalitetsforebyggelse\" — number the categories 1, 2, 3 … without repeats, or leave \"number\" out so that the order gives the number."),
                fails("numbers 1, 3", () -> numbered(1, 3),
                        Severity.ERROR, "VAL-106", "categories[1].number",
                        "Kategori 3 \"Beredskab\": står som nr. 2 i rækkefølgen, men har nummer 3 — nummerér kategorierne 1, 2, 3 … i rækkefølge, eller udelad \"number\", så følger nummeret af rækkefølgen.",
                        "Category 3 \"Beredskab\": is number 2 in the order but has the number 3 — number the categories 1, 2, 3 … in order, or leave \"number\" out so that the order gives the number."),
                fails("category without forums", () -> Plans.withCategory(1, c -> c.withForums(List.of())),
                        Severity.WARNING, "VAL-107", "categories[1].forums",
                        "Kategori 2 \"Beredskab\": kategorien har ingen fora.",
                        "Category 2 \"Beredskab\": the category has no forums."),

                // --- forums
                fails("blank forum id", () -> Plans.withForum(1, 1, f -> f.id("")),
                        Severity.ERROR, "VAL-201", EPI + ".id",
                        EPI_DA + ": id mangler — giv forummet et fast id af små bogstaver, tal og bindestreger, fx \"kontaktudvalget\".",
                        EPI_EN + ": the id is missing — give the forum a stable id of lowercase letters, digits and hyphens, e.g. \"kontaktudvalget\"."),
                fails("forum id with an underscore", () -> Plans.withForum(1, 1, f -> f.id("Epidemi_kommission")),
                        Severity.ERROR, "VAL-202", EPI + ".id",
                        EPI_DA + ": id \"Epidemi_kommission\" er ugyldigt — brug kun små bogstaver a-z og tal, adskilt af enkelte bindestreger (æ→ae, ø→oe, å→aa), fx \"epidemi-kommission\".",
                        EPI_EN + ": the id \"Epidemi_kommission\" is not valid — use only lowercase letters a-z and digits, separated by single hyphens (æ→ae, ø→oe, å→aa), e.g. \"epidemi-kommission\"."),
                fails("forum id of another forum", () -> Plans.withForum(1, 1, f -> f.id("kredsraadet")),
                        Severity.ERROR, "VAL-203", EPI + ".id",
                        EPI_DA + ": id \"kredsraadet\" bruges også af forum \"Kredsrådet for Midt- og Vestsjællands Politi\" " + CAT1_DA + " — hvert forum skal have sit eget id.",
                        EPI_EN + ": the id \"kredsraadet\" is also used by forum \"Kredsrådet for Midt- og Vestsjællands Politi\" " + CAT1_EN + " — each forum needs an id of its own."),
                fails("blank forum name", () -> Plans.withForum(1, 1, f -> f.name(" ")),
                        Severity.ERROR, "VAL-204", EPI + ".name",
                        "Forum nr. 2 (kategori 2 \"Beredskab\"): navnet mangler.",
                        "Forum no. 2 (category 2 \"Beredskab\"): the name is missing."),
                fails("blank topic", () -> Plans.withForum(1, 1, f -> f.topic("")),
                        Severity.ERROR, "VAL-205", EPI + ".topic",
                        EPI_DA + ": emnet mangler — beskriv, hvad forummet behandler.",
                        EPI_EN + ": the topic is missing — describe what the forum deals with."),
                fails("no representatives", () -> Plans.withForum(0, 1, f -> f.representatives(List.of())),
                        Severity.ERROR, "VAL-206", "categories[0].forums[1].representatives",
                        "Forum \"Kontaktudvalget\" (kategori 1 \"Kontakt med lokalsamfundet m.v.\"): repræsentanter mangler — angiv mindst én.",
                        "Forum \"Kontaktudvalget\" (category 1 \"Kontakt med lokalsamfundet m.v.\"): representatives are missing — give at least one."),
                fails("blank representative", () -> Plans.withForum(0, 1, f -> f.representatives(List.of("Politidirektøren", "  "))),
                        Severity.ERROR, "VAL-207", "categories[0].forums[1].representatives[1]",
                        KONTAKT_DA + ": repræsentant nr. 2 er tom — skriv en rolle eller organisation, eller fjern linjen.",
                        KONTAKT_EN + ": representative no. 2 is empty — write a role or organisation, or remove the line."),
                fails("representative of no-break spaces", () -> Plans.withForum(0, 1, f -> f.representatives(List.of("Politidirektøren", "\u00A0\u00A0"))),
                        Severity.ERROR, "VAL-207", "categories[0].forums[1].representatives[1]",
                        KONTAKT_DA + ": repræsentant nr. 2 er tom — skriv en rolle eller organisation, eller fjern linjen.",
                        KONTAKT_EN + ": representative no. 2 is empty — write a role or organisation, or remove the line."),
                fails("topic of zero-width characters and line breaks", () -> Plans.withForum(1, 1, f -> f.topic("\u200B\r\n\u2060\uFEFF\u200D")),
                        Severity.ERROR, "VAL-205", EPI + ".topic",
                        EPI_DA + ": emnet mangler — beskriv, hvad forummet behandler.",
                        EPI_EN + ": the topic is missing — describe what the forum deals with."),
                fails("two forums with one name", () -> Plans.withForum(1, 1, f -> f.name("kontaktudvalget ")),
                        Severity.WARNING, "VAL-208", EPI + ".name",
                        "Forum \"kontaktudvalget\" (kategori 2 \"Beredskab\"): samme navn som forum \"Kontaktudvalget\" " + CAT1_DA + " — giv fora forskellige navne, så læseren kan skelne dem.",
                        "Forum \"kontaktudvalget\" (category 2 \"Beredskab\"): the same name as forum \"Kontaktudvalget\" " + CAT1_EN + " — give forums different names so that readers can tell them apart."),
                fails("interface to an unknown forum",
                        () -> Plans.withForum(0, 1, f -> f.interfaces(List.of("kredsraadet", "kredsraadt"))),
                        Severity.ERROR, "VAL-209", "categories[0].forums[1].interfaces[1]",
                        KONTAKT_DA + ": snitfladen \"kredsraadt\" peger ikke på noget forum i planen — ret id'et, eller fjern snitfladen.",
                        KONTAKT_EN + ": the interface \"kredsraadt\" does not refer to any forum in the plan — correct the id, or remove the interface."),
                fails("interface to itself", () -> Plans.withForum(0, 1, f -> f.interfaces(List.of("kontaktudvalget"))),
                        Severity.WARNING, "VAL-210", "categories[0].forums[1].interfaces[0]",
                        KONTAKT_DA + ": snitfladen \"kontaktudvalget\" peger på forummet selv — fjern den.",
                        KONTAKT_EN + ": the interface \"kontaktudvalget\" refers to the forum itself — remove it."),
                fails("interface twice", () -> Plans.withForum(0, 1, f -> f.interfaces(List.of("kredsraadet", "kredsraadet"))),
                        Severity.WARNING, "VAL-211", "categories[0].forums[1].interfaces[1]",
                        KONTAKT_DA + ": snitfladen \"kredsraadet\" står flere gange — fjern gentagelsen.",
                        KONTAKT_EN + ": the interface \"kredsraadet\" is listed more than once — remove the repeat."),

                // --- meeting frequency
                fails("Min. 400", () -> Plans.withForum(0, 0, f -> f.frequency("Min. 400")),
                        Severity.ERROR, "VAL-301", "categories[0].forums[0].frequency",
                        KREDS_DA + ": møder pr. år \"Min. 400\" indeholder antallet 400, som ligger uden for 1–366.",
                        KREDS_EN + ": meetings a year \"Min. 400\" contains the count 400, which is outside 1–366."),
                fails("0 meetings", () -> Plans.withForum(0, 0, f -> f.frequency(new MeetingFrequency.Exactly(0))),
                        Severity.ERROR, "VAL-301", "categories[0].forums[0].frequency",
                        KREDS_DA + ": møder pr. år \"0\" indeholder antallet 0, som ligger uden for 1–366.",
                        KREDS_EN + ": meetings a year \"0\" contains the count 0, which is outside 1–366."),
                fails("year count 0", () -> Plans.withForum(0, 0, f -> f.frequency("Min. 4 (0 i 2007)")),
                        Severity.ERROR, "VAL-301", "categories[0].forums[0].frequency",
                        KREDS_DA + ": møder pr. år \"Min. 4 (0 i 2007)\" indeholder antallet 0, som ligger uden for 1–366.",
                        KREDS_EN + ": meetings a year \"Min. 4 (0 i 2007)\" contains the count 0, which is outside 1–366."),
                fails("range 3-2", () -> Plans.withForum(0, 0, f -> f.frequency("3-2")),
                        Severity.ERROR, "VAL-302", "categories[0].forums[0].frequency",
                        KREDS_DA + ": møder pr. år \"3-2\": det mindste antal (3) er større end det største (2) — skriv \"2-3\".",
                        KREDS_EN + ": meetings a year \"3-2\": the least number (3) is greater than the greatest (2) — write \"2-3\"."),
                fails("count for another year", () -> Plans.withForum(0, 0, f -> f.frequency("Min. 4 (2 i 2008)")),
                        Severity.ERROR, "VAL-303", "categories[0].forums[0].frequency",
                        KREDS_DA + ": møder pr. år \"Min. 4 (2 i 2008)\" angiver et antal for 2008, men planen gælder for 2007.",
                        KREDS_EN + ": meetings a year \"Min. 4 (2 i 2008)\" gives a count for 2008, but the plan covers 2007."),

                // --- local units and meetings
                fails("blank municipality name",
                        () -> Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                                Plans.unit("316", " ", "2007-09-26", "2007-11-07")),
                        Severity.ERROR, "VAL-401", LOKAL + ".localUnits[1].municipality.name",
                        "Enhed nr. 2 i " + LOKAL_DA + ": kommunens navn mangler.",
                        "Unit no. 2 in " + LOKAL_EN + ": the municipality's name is missing."),
                fails("municipality code of four digits",
                        () -> Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                                Plans.unit("3160", "Holbæk", "2007-09-26", "2007-11-07")),
                        Severity.ERROR, "VAL-402", LOKAL + ".localUnits[1].municipality.code",
                        unitDa("Holbæk", "3160") + ": kommunekoden \"3160\" er ikke tre cifre — skriv den officielle kommunekode, fx \"326\" for Kalundborg.",
                        unitEn("Holbæk", "3160") + ": the municipality code \"3160\" is not three digits — give the official municipality code, e.g. \"326\" for Kalundborg."),
                fails("municipality code twice in a forum",
                        () -> Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                                Plans.unit("253", "Holbæk", "2007-09-26", "2007-11-07")),
                        Severity.ERROR, "VAL-403", LOKAL + ".localUnits[1].municipality.code",
                        unitDa("Holbæk", "253") + ": kommunekoden 253 bruges også af enheden for Greve (kommune 253) i samme forum — hver kommune skal kun stå én gang.",
                        unitEn("Holbæk", "253") + ": the municipality code 253 is also used by the unit for Greve (municipality 253) in the same forum — list each municipality only once."),
                fails("meeting in 2008",
                        () -> Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                                Plans.unit("316", "Holbæk", "2007-09-26", "2007-11-07", "2008-01-10")),
                        Severity.ERROR, "VAL-404", LOKAL + ".localUnits[1].meetings[2]",
                        unitDa("Holbæk", "316") + ": mødet den 10. januar 2008 ligger uden for planens år, 2007.",
                        unitEn("Holbæk", "316") + ": the meeting on 10 January 2008 is outside the plan year, 2007."),
                fails("meetings out of date order",
                        () -> Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                                Plans.unit("316", "Holbæk", "2007-11-07", "2007-09-26")),
                        Severity.WARNING, "VAL-405", LOKAL + ".localUnits[1].meetings[1]",
                        unitDa("Holbæk", "316") + ": mødet den 26. september 2007 står efter mødet den 7. november 2007 — skriv møderne i datoorden.",
                        unitEn("Holbæk", "316") + ": the meeting on 26 September 2007 is listed after the meeting on 7 November 2007 — list the meetings in date order."),
                fails("meeting twice",
                        () -> Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                                Plans.unit("316", "Holbæk", "2007-09-26", "2007-11-07", "2007-11-07")),
                        Severity.WARNING, "VAL-406", LOKAL + ".localUnits[1].meetings[2]",
                        unitDa("Holbæk", "316") + ": mødet den 7. november 2007 står flere gange — fjern gentagelsen.",
                        unitEn("Holbæk", "316") + ": the meeting on 7 November 2007 is listed more than once — remove the repeat."),
                fails("Kalundborg with one meeting of the 2 in 2007",
                        () -> Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                                Plans.unit("326", "Kalundborg", "2007-11-29")),
                        Severity.WARNING, "VAL-407", LOKAL + ".localUnits[1]",
                        "Enheden for Kalundborg (kommune 326) i forum \"Lokalrådene i de enkelte kommuner\" (kategori 1 \"Kontakt med lokalsamfundet m.v.\"): antallet af daterede møder i 2007 er 1, men møder pr. år er \"Min. 4 (2 i 2007)\" — der forventes mindst 2.",
                        "The unit for Kalundborg (municipality 326) in forum \"Lokalrådene i de enkelte kommuner\" (category 1 \"Kontakt med lokalsamfundet m.v.\"): the number of dated meetings in 2007 is 1, but meetings a year are \"Min. 4 (2 i 2007)\" — at least 2 are expected."),
                fails("three meetings where 1-2 are declared",
                        () -> Plans.withForum(0, 2, f -> f.frequency("1-2").localUnits(List.of(
                                Plans.unit("253", "Greve", "2007-10-26", "2007-11-14", "2007-12-01"),
                                Plans.unit("316", "Holbæk", "2007-09-26", "2007-11-07")))),
                        Severity.WARNING, "VAL-408", LOKAL + ".localUnits[0]",
                        unitDa("Greve", "253") + ": antallet af daterede møder i 2007 er 3, men møder pr. år er \"1-2\" — der forventes højst 2.",
                        unitEn("Greve", "253") + ": the number of dated meetings in 2007 is 3, but meetings a year are \"1-2\" — at most 2 are expected."),
                fails("held tomorrow",
                        () -> Plans.withUnits(LocalUnit.of(new Municipality("253", "Greve"),
                                        List.of(held("2007-10-26"), held("2007-12-21"))),
                                Plans.unit("316", "Holbæk", "2007-09-26", "2007-11-07")),
                        Severity.WARNING, "VAL-409", LOKAL + ".localUnits[0].meetings[1]",
                        unitDa("Greve", "253") + ": mødet den 21. december 2007 er markeret som holdt, men ligger efter i dag (20. december 2007).",
                        unitEn("Greve", "253") + ": the meeting on 21 December 2007 is marked as held, but it is after today (20 December 2007)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingPlans")
    void aPlanBreakingOneRuleGivesExactlyThatFinding(Case c) {
        ValidationReport report = Plans.validator().validate(c.plan().get());
        assertEquals(1, report.findings().size(), () -> "expected one finding, got:\n" + report.format(Language.EN));
        Finding finding = report.findings().get(0);
        assertEquals(c.code(), finding.code());
        assertEquals(c.severity(), finding.severity());
        assertEquals(c.path(), finding.path());
        assertEquals(c.da(), finding.message(Language.DA));
        assertEquals(c.en(), finding.message(Language.EN));
        assertEquals(Optional.empty(), finding.location(), "a plan built in code has no file locations");
        assertEquals(c.severity() == Severity.ERROR, report.hasErrors());
    }

    static Stream<Arguments> passingPlans() {
        return Stream.of(
                Arguments.of(Named.of("the valid plan", (Supplier<CooperationPlan>) Plans::valid)),
                Arguments.of(Named.of("year 2007, the first", (Supplier<CooperationPlan>) () -> Plans.simple().toBuilder().year(2007).build())),
                Arguments.of(Named.of("year 2008, one ahead", (Supplier<CooperationPlan>) () -> Plans.simple().toBuilder().year(2008).build())),
                Arguments.of(Named.of("no district code", (Supplier<CooperationPlan>) () -> Plans.valid().toBuilder().district(PoliceDistrict.of("Midt- og Vestsjællands Politi")).build())),
                Arguments.of(Named.of("draft without kredsråd date", (Supplier<CooperationPlan>) () -> Plans.valid().toBuilder().status(PlanStatus.DRAFT).discussedInDistrictCouncil(null).build())),
                Arguments.of(Named.of("edition 3", (Supplier<CooperationPlan>) () -> Plans.valid().toBuilder().edition(3).build())),
                Arguments.of(Named.of("numbers 1..5 given explicitly", (Supplier<CooperationPlan>) () -> numbered(1, 2, 3, 4, 5))),
                Arguments.of(Named.of("1 a year", (Supplier<CooperationPlan>) () -> Plans.withForum(0, 0, f -> f.frequency("1")))),
                Arguments.of(Named.of("366 a year", (Supplier<CooperationPlan>) () -> Plans.withForum(0, 0, f -> f.frequency("366")))),
                Arguments.of(Named.of("range 2-2", (Supplier<CooperationPlan>) () -> Plans.withForum(0, 0, f -> f.frequency("2-2")))),
                Arguments.of(Named.of("Besluttet lokalt", (Supplier<CooperationPlan>) () -> Plans.withForum(0, 0, f -> f.frequency("Besluttet lokalt")))),
                Arguments.of(Named.of("interfaces in both directions", (Supplier<CooperationPlan>) () -> Plans.withForum(0, 0, f -> f.interfaces(List.of("kontaktudvalget", "lokalraadene"))))),
                Arguments.of(Named.of("optional texts filled in", (Supplier<CooperationPlan>) () -> Plans.withForum(1, 1, f -> f.termsOfReference("Kommissorium.").goals(List.of("Mål.")).notes(List.of("Note."))))),
                Arguments.of(Named.of("meetings on 1 January and 31 December", (Supplier<CooperationPlan>) () -> Plans.withUnits(
                        Plans.unit("253", "Greve", "2007-01-01", "2007-12-31"), Plans.unit("316", "Holbæk", "2007-09-26", "2007-11-07")))),
                Arguments.of(Named.of("held today", (Supplier<CooperationPlan>) () -> Plans.withUnits(
                        LocalUnit.of(new Municipality("253", "Greve"), List.of(held("2007-10-26"), held("2007-12-20"))),
                        Plans.unit("316", "Holbæk", "2007-09-26", "2007-11-07")))),
                Arguments.of(Named.of("planned meeting after today", (Supplier<CooperationPlan>) () -> Plans.withUnits(
                        LocalUnit.of(new Municipality("253", "Greve"), List.of(held("2007-10-26"),
                                new Meeting(LocalDate.of(2007, 12, 28), Optional.of(MeetingStatus.PLANNED)))),
                        Plans.unit("316", "Holbæk", "2007-09-26", "2007-11-07")))),
                Arguments.of(Named.of("2 meetings where 1-2 are declared", (Supplier<CooperationPlan>) () -> Plans.withForum(0, 2, f -> f.frequency("1-2")))),
                Arguments.of(Named.of("no unit lists a date", (Supplier<CooperationPlan>) () -> Plans.withUnits(
                        Plans.unit("253", "Greve"), Plans.unit("316", "Holbæk")))),
                Arguments.of(Named.of("tabs, line breaks and right-to-left marks are text", (Supplier<CooperationPlan>) () -> Plans.withForum(1, 1, f -> f.topic("Samarbejde\tom\r\nsmitte \u200Fשלום\u200E\u2028slut")))),
                Arguments.of(Named.of("next year's draft", (Supplier<CooperationPlan>) () -> Plans.valid().nextYear(2008))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passingPlans")
    void aPlanKeepingTheRulesHasNoFindings(Supplier<CooperationPlan> plan) {
        ValidationReport report = Plans.validator().validate(plan.get());
        assertTrue(report.isEmpty(), () -> report.format(Language.EN));
        assertEquals("", report.format(Language.DA));
    }

    @Test
    void theSourcesDoubleFourGivesTheDuplicateAndTheFirstBreakInTheOrder() {
        // the 2007 source numbers its categories 1, 2, 3, 4, 4, 5, ...: with explicit numbers that is an error
        // naming both categories "4", and the next one (5 at position 6) is out of order
        ValidationReport report = Plans.validator().validate(numbered(1, 2, 3, 4, 4, 5));
        assertEquals(List.of("VAL-105", "VAL-106"), report.findings().stream().map(Finding::code).toList());
        Finding duplicate = report.findings().get(0);
        assertTrue(duplicate.messageDa().startsWith("Kategori 4 \"Psykiatri og misbrug m.v.\": nummer 4 er også brugt af "
                + "kategori 4 \"Kriminalitetsforebyggelse\""), duplicate.messageDa());
        Finding order = report.findings().get(1);
        assertEquals("categories[5].number", order.path());
        assertTrue(order.messageEn().startsWith("Category 5 \"Trafiksikkerhed\": is number 6 in the order but has the number 5"),
                order.messageEn());
    }
}
