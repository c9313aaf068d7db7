package dk.samarbejdsplan.export.testkit;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Large, realistic, deterministic plans for benchmarks and load tests: the same {@code (forumCount, seed)}
 * always gives the same plan, on every machine and Java version.
 *
 * <p>The plans look like the 2007 plan of Midt- og Vestsjællands Politi scaled up: Danish names, topics and
 * representatives, the real category titles (numbered 1, 2, 3, ... and repeated with a suffix when more are
 * needed), every kind of meeting frequency, the ten municipalities of 2007 with dated lokalråd meetings in the
 * plan year, and the optional fields filled in for some forums. Ids are unique slugs; interfaces name other
 * forums of the plan. Unlike {@link PlanArbitraries} the texts are ordinary, not hostile.
 */
public final class SyntheticPlans {

    /** The year of every synthetic plan. */
    public static final int YEAR = 2007;

    private static final String[] CATEGORIES = {
        "Kontakt med lokalsamfundet m.v.", "Beredskab", "Dyreværn og fødevarer", "Kriminalitetsforebyggelse",
        "Psykiatri og misbrug m.v.", "Trafiksikkerhed", "Illegalt arbejde", "Kvindehandel m.v.", "Bevillinger",
        "Afsoning m.v.", "Skat m.v.", "Retterne", "Pressen"};

    private static final String[] FORUM_KINDS = {
        "Møder med", "Netværksmøder med", "Koordinationsudvalg med", "Kontaktudvalget med", "Samarbejdsforum med",
        "Løbende møder med"};

    private static final String[] PARTNERS = {
        "Region Sjælland", "Fødevareregionen", "SKAT", "Kriminalforsorgen", "retterne", "pressen",
        "kvindekrisecentre", "Embedslægeinstitutionen", "Beredskabsstyrelsen", "handelsstandsforeninger",
        "festivalledelser", "vejcentrene", "Sct. Hans", "væresteder og misbrugscentre", "boligselskaberne",
        "idrætsforeningerne", "skolerne", "Hjemmeværnet"};

    private static final String[] TOPICS = {
        "Samarbejdet mellem politikredsen og", "Indsatsen over for kriminalitet i samarbejde med",
        "Erfaringsudveksling og gensidig orientering med", "Koordination af den forebyggende indsats med",
        "Drøftelse af fælles spørgsmål med"};

    private static final String[] REPRESENTATIVES = {
        "Politidirektøren", "Chefanklageren", "Chefpolitiinspektøren", "Liniechefen for lokalpolitiet",
        "Liniechefen for beredskabet", "Lederne af lokalpolitienhederne", "Politiadvokaten for særlovskriminalitet",
        "Lederen af færdselsafdelingen", "Repræsentanter for kommunerne", "Repræsentanter for Region Sjælland",
        "SSP-konsulenter", "Borgmestrene i kredsens kommuner", "Repræsentanter for Forebyggelsessekretariatet",
        "Lederen af dyreværnsenheden"};

    private static final String[][] MUNICIPALITIES = {
        {"253", "Greve"}, {"259", "Køge"}, {"265", "Roskilde"}, {"269", "Solrød"}, {"306", "Odsherred"},
        {"316", "Holbæk"}, {"326", "Kalundborg"}, {"329", "Ringsted"}, {"336", "Stevns"}, {"350", "Lejre"}};

    private SyntheticPlans() {
    }

    /**
     * A plan with exactly {@code forumCount} forums for 2007, in categories of up to eight forums.
     *
     * @param forumCount the number of forums, 0 or more
     * @param seed the seed: the same seed and count give the same plan
     * @return the plan
     * @throws IllegalArgumentException if {@code forumCount} is negative
     */
    public static CooperationPlan ofSize(int forumCount, long seed) {
        if (forumCount < 0) {
            throw new IllegalArgumentException("forumCount must be 0 or more: " + forumCount);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= forumCount; i++) {
            ids.add("forum-" + i);
        }
        List<Category> categories = new ArrayList<>();
        int made = 0;
        while (made < forumCount) {
            int size = Math.min(forumCount - made, 1 + random.nextInt(8));
            int number = categories.size() + 1;
            String title = CATEGORIES[(number - 1) % CATEGORIES.length];
            int round = (number - 1) / CATEGORIES.length;
            if (round > 0) {
                title = title + " (" + (round + 1) + ")";
            }
            List<Forum> forums = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                made++;
                forums.add(forum(made, ids, random));
            }
            categories.add(new Category("kategori-" + number, number, title, forums));
        }
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(YEAR)
                .status(PlanStatus.ADOPTED)
                .discussedInDistrictCouncil(LocalDate.of(YEAR, 12, 13))
                .title("Samarbejdsplan for " + YEAR)
                .subtitle("En plan for samarbejdet mellem Midt- og Vestsjællands Politi, kommunerne, andre "
                        + "offentlige myndigheder, interesseorganisationer, foreninger m.v. i politikredsen i "
                        + YEAR)
                .section(Section.of("Indledning",
                        "Politiet har en lang tradition for et tæt samarbejde med lokalsamfundet, herunder "
                                + "kommunerne, andre offentlige myndigheder, foreninger m.v. i politikredsen.",
                        "Det følger af retsplejelovens § 113, at politidirektøren hvert år skal udarbejde en "
                                + "plan for, hvordan lokalsamarbejdet gennemføres i politikredsen."))
                .section(Section.of("Opfølgning",
                        "Samarbejdsplanen udarbejdes for ét år ad gangen og tages mindst én gang årligt op i "
                                + "kredsrådet."))
                .section(Section.of("Offentliggørelse",
                        "Planen offentliggøres på www.politi.dk og andre relevante steder, f.eks. "
                                + "politistationer og biblioteker."))
                .categories(categories)
                .build();
    }

    private static Forum forum(int n, List<String> ids, SplittableRandom random) {
        String partner = pick(PARTNERS, random);
        Forum.Builder b = Forum.builder()
                .id(ids.get(n - 1))
                .name(pick(FORUM_KINDS, random) + " " + partner + " (" + n + ")")
                .topic(pick(TOPICS, random) + " " + partner + ".")
                .frequency(frequency(random));
        int reps = 1 + random.nextInt(5);
        for (int i = 0; i < reps; i++) {
            b.representative(pick(REPRESENTATIVES, random));
        }
        if (random.nextInt(4) == 0) {
            b.termsOfReference("Forummet drøfter " + partner + "s og politiets fælles opgaver og mødes efter "
                    + "behov.\n\nKommissoriet revideres hvert år.");
        }
        if (random.nextInt(4) == 0) {
            b.goals(List.of("Færre indbrud i kredsen.", "Bedre koordination med " + partner + "."));
        }
        if (random.nextInt(4) == 0) {
            b.actionPlan("Der er udarbejdet en handleplan for arbejdet.\n\nHandleplanen følges op i kredsrådet.");
        }
        if (ids.size() > 1 && random.nextInt(3) == 0) {
            String other = ids.get(random.nextInt(ids.size()));
            if (!other.equals(ids.get(n - 1))) {
                b.interfaces(List.of(other));
            }
        }
        if (random.nextInt(5) == 0) {
            b.note("Mødefrekvensen fastlægges endeligt på første møde.");
        }
        if (random.nextInt(6) == 0) {
            b.localUnits(localUnits(random));
        }
        return b.build();
    }

    private static List<LocalUnit> localUnits(SplittableRandom random) {
        List<LocalUnit> units = new ArrayList<>();
        for (String[] m : MUNICIPALITIES) {
            TreeSet<LocalDate> dates = new TreeSet<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                dates.add(LocalDate.ofYearDay(YEAR, 1 + random.nextInt(365)));
            }
            List<Meeting> meetings = new ArrayList<>();
            for (LocalDate date : dates) {
                Optional<MeetingStatus> status = random.nextBoolean() ? Optional.empty()
                        : Optional.of(date.getMonthValue() < 10 ? MeetingStatus.HELD : MeetingStatus.PLANNED);
                meetings.add(new Meeting(date, status));
            }
            Optional<String> actionPlan = random.nextInt(3) == 0
                    ? Optional.of("Lokalrådet i " + m[1] + " har vedtaget en handleplan.") : Optional.empty();
            units.add(new LocalUnit(new Municipality(m[0], m[1]), meetings, actionPlan));
        }
        return units;
    }

    private static MeetingFrequency frequency(SplittableRandom random) {
        switch (random.nextInt(8)) {
            case 0:
                return new MeetingFrequency.AtLeast(4);
            case 1:
                return new MeetingFrequency.AtLeast(4, Optional.of(new MeetingFrequency.YearCount(2, YEAR)));
            case 2:
                return new MeetingFrequency.Exactly(1 + random.nextInt(4));
            case 3:
                return new MeetingFrequency.Exactly(52);
            case 4:
                return new MeetingFrequency.Between(1 + random.nextInt(2), 3);
            case 5:
                return new MeetingFrequency.DecidedLocally();
            default:
                return new MeetingFrequency.AsNeeded();
        }
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
