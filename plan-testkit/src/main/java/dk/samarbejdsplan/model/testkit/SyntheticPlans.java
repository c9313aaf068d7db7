package dk.samarbejdsplan.model.testkit;

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
 * <p>The plans look like the 2007 plan of Midt- og Vestsjællands Politi scaled up, but terser, so that a plan
 * of 100 000 forums fits a plan file ({@link dk.samarbejdsplan.model.io.PlanReader#MAX_DOCUMENT_LENGTH}) with
 * room to spare: about 270 bytes a forum in YAML and 370 in JSON as {@code PlanWriter} writes them (27 and
 * 37 MB for 100 000 forums). Each forum has a short Danish name and topic, one or two representatives and a
 * meeting frequency of every kind ("Min. 4", "Min. 4 (2 i 2007)", "1" to "4", "52", "2-3", "Besluttet
 * lokalt", "Ad hoc"); the optional fields (kommissorium, målsætninger, handleplan, snitflader, noter) are
 * filled in for a few forums each. The first forum is the lokalråd forum of the 2007 plan, with the ten
 * municipalities of 2007 and their dated meetings; about one forum in 25 more has one to three local units
 * whose meetings fit its frequency. Categories carry the real titles (numbered 1, 2, 3, ... and repeated with
 * a suffix when more are needed) and hold up to twelve forums each. Ids are unique slugs; interfaces name
 * other forums of the plan; every date lies in {@link #YEAR}. Unlike {@link PlanArbitraries} the texts are
 * ordinary, not hostile, and the plan has no validation errors.
 */
public final class SyntheticPlans {

    /** The year of every synthetic plan. */
    public static final int YEAR = 2007;

    private static final String[] CATEGORIES = {
        "Kontakt med lokalsamfundet m.v.", "Beredskab", "Dyreværn og fødevarer", "Kriminalitetsforebyggelse",
        "Psykiatri og misbrug m.v.", "Trafiksikkerhed", "Illegalt arbejde", "Kvindehandel m.v.", "Bevillinger",
        "Afsoning m.v.", "Skat m.v.", "Retterne", "Pressen"};

    private static final String[] FORUM_KINDS = {
        "Møder med", "Netværk med", "Udvalg med", "Forum med", "Kontakt med", "Samråd med"};

    private static final String[] PARTNERS = {
        "regionen", "SKAT", "Kriminalforsorgen", "retterne", "pressen", "krisecentre", "embedslægen",
        "beredskabet", "handelen", "festivaler", "vejcentret", "væresteder", "boligselskaber", "idrætten",
        "skolerne", "Hjemmeværnet", "fødevareregionen", "kommunerne"};

    private static final String[] TOPICS = {
        "Samarbejde med", "Forebyggelse sammen med", "Orientering af", "Koordination med", "Fælles sager med"};

    private static final String[] REPRESENTATIVES = {
        "Politidirektøren", "Chefanklageren", "Lokalpolitiet", "Beredskabet", "Færdselsafdelingen",
        "SSP-konsulenter", "Kommunerne", "Region Sjælland", "Borgmestrene", "Dyreværnsenheden"};

    private static final String[][] MUNICIPALITIES = {
        {"253", "Greve"}, {"259", "Køge"}, {"265", "Roskilde"}, {"269", "Solrød"}, {"306", "Odsherred"},
        {"316", "Holbæk"}, {"326", "Kalundborg"}, {"329", "Ringsted"}, {"336", "Stevns"}, {"350", "Lejre"}};

    /** The most forums in one category. */
    private static final int CATEGORY_SIZE = 12;

    private SyntheticPlans() {
    }

    /**
     * A plan with exactly {@code forumCount} forums for {@link #YEAR}, in categories of up to twelve forums.
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
        List<Category> categories = new ArrayList<>();
        int made = 0;
        while (made < forumCount) {
            int size = Math.min(forumCount - made, 1 + random.nextInt(CATEGORY_SIZE));
            int number = categories.size() + 1;
            String title = CATEGORIES[(number - 1) % CATEGORIES.length];
            int round = (number - 1) / CATEGORIES.length;
            if (round > 0) {
                title = title + " (" + (round + 1) + ")";
            }
            List<Forum> forums = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                made++;
                forums.add(made == 1 ? localCouncils(random) : forum(made, forumCount, random));
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

    /** The id of forum number {@code n} (from 1). */
    private static String id(int n) {
        return "forum-" + n;
    }

    /** Forum 1: the lokalråd of the ten municipalities of 2007, as in the 2007 plan. */
    private static Forum localCouncils(SplittableRandom random) {
        MeetingFrequency frequency = new MeetingFrequency.AtLeast(4,
                Optional.of(new MeetingFrequency.YearCount(2, YEAR)));
        List<LocalUnit> units = new ArrayList<>();
        for (String[] m : MUNICIPALITIES) {
            units.add(localUnit(m, 2, random));
        }
        return Forum.builder()
                .id(id(1))
                .name("Lokalrådene i de enkelte kommuner (1)")
                .topic("Lokale spørgsmål om politiets virksomhed i kommunen.")
                .representatives(List.of("Lokalpolitiet", "Kommunerne"))
                .frequency(frequency)
                .localUnits(units)
                .build();
    }

    private static Forum forum(int n, int forumCount, SplittableRandom random) {
        String partner = pick(PARTNERS, random);
        MeetingFrequency frequency = frequency(random);
        Forum.Builder b = Forum.builder()
                .id(id(n))
                .name(pick(FORUM_KINDS, random) + " " + partner + " (" + n + ")")
                .topic(pick(TOPICS, random) + " " + partner + ".")
                .frequency(frequency);
        String first = pick(REPRESENTATIVES, random);
        b.representative(first);
        if (random.nextBoolean()) {
            String second = pick(REPRESENTATIVES, random);
            if (!second.equals(first)) {
                b.representative(second);
            }
        }
        if (random.nextInt(12) == 0) {
            b.termsOfReference("Forummet drøfter fælles opgaver.\n\nKommissoriet revideres årligt.");
        }
        if (random.nextInt(12) == 0) {
            b.goals(random.nextBoolean() ? List.of("Færre indbrud.")
                    : List.of("Færre indbrud.", "Bedre koordination med " + partner + "."));
        }
        if (random.nextInt(16) == 0) {
            b.actionPlan("Der er en handleplan.\n\nDen følges op i kredsrådet.");
        }
        if (forumCount > 1 && random.nextInt(8) == 0) {
            int other = 1 + random.nextInt(forumCount);
            if (other != n) {
                b.interfaces(List.of(id(other)));
            }
        }
        if (random.nextInt(12) == 0) {
            b.note("Mødetallet fastlægges på første møde.");
        }
        if (random.nextInt(25) == 0) {
            int meetings = frequency.minInYear(YEAR).orElse(1 + random.nextInt(2));
            if (meetings > 4) {
                // 52 dated meetings per unit would make the plan large; such a forum has no local units
                return b.build();
            }
            List<LocalUnit> units = new ArrayList<>();
            int start = random.nextInt(MUNICIPALITIES.length);
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                units.add(localUnit(MUNICIPALITIES[(start + i) % MUNICIPALITIES.length], meetings, random));
            }
            b.localUnits(units);
        }
        return b.build();
    }

    /** A local unit with {@code count} different dates in {@link #YEAR}, in order. */
    private static LocalUnit localUnit(String[] municipality, int count, SplittableRandom random) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        while (dates.size() < count) {
            dates.add(LocalDate.ofYearDay(YEAR, 1 + random.nextInt(365)));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (LocalDate date : dates) {
            Optional<MeetingStatus> status = random.nextInt(4) != 0 ? Optional.empty()
                    : Optional.of(date.getMonthValue() < 10 ? MeetingStatus.HELD : MeetingStatus.PLANNED);
            meetings.add(new Meeting(date, status));
        }
        Optional<String> actionPlan = random.nextInt(4) == 0
                ? Optional.of("Lokalrådet i " + municipality[1] + " har en handleplan.") : Optional.empty();
        return new LocalUnit(new Municipality(municipality[0], municipality[1]), meetings, actionPlan);
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
