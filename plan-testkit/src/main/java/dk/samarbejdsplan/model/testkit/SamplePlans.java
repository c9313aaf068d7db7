package dk.samarbejdsplan.model.testkit;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Fixed plans for exporter tests: the real 2007 plan, and a small plan full of hard Unicode.
 */
public final class SamplePlans {

    /** The name of the bundled 2007 plan file (a copy of {@code examples/plans/samarbejdsplan-2007.yaml}). */
    public static final String PLAN_2007_RESOURCE = "samarbejdsplan-2007.yaml";

    /**
     * Words that {@link #unicodeProbe()} puts in its forum names and topics, each of which an exporter must
     * keep intact (after its own escaping is undone): Danish letters, an emoji ZWJ sequence and a flag,
     * Hebrew and Arabic, a combining accent, mathematical letters outside the BMP, CJK and quotation marks.
     * None contains white space, so an exporter that wraps lines keeps each one whole.
     */
    public static final List<String> UNICODE_PROBES = List.of(
            "Kredsrådet", "Æblegården", "Øresund", "Åmosen", "sø-æble-år",
            "👮‍♀️", "🇩🇰", "😀",
            "שלום", "مرحبا",
            "Cafe\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "日本語", "«citat»", "“citat”", "‘citat’", "„citat“");

    private SamplePlans() {
    }

    /**
     * The 2007 cooperation plan of Midt- og Vestsjællands Politi: 3 sections, 13 categories, 35 forums, ten
     * lokalråd with 13 dated meetings. Read from the copy of {@code examples/plans/samarbejdsplan-2007.yaml}
     * bundled in the kit, with {@link PlanReader}.
     *
     * @return the plan
     * @throws UncheckedIOException if the bundled file cannot be read
     * @throws IllegalStateException if it is not a well-formed plan (a broken build)
     */
    public static CooperationPlan plan2007() {
        return Holder.PLAN_2007;
    }

    /**
     * A small plan whose texts hold every {@link #UNICODE_PROBES probe word}: two categories, three forums
     * (one with a lokalråd and dated meetings), a section.
     *
     * @return the plan
     */
    public static CooperationPlan unicodeProbe() {
        String probes = String.join(" ", UNICODE_PROBES);
        Forum first = Forum.builder()
                .id("unicode-forum")
                .name("Forum " + probes)
                .topic("Emne " + probes)
                .representative("Politidirektøren " + probes)
                .frequency(new MeetingFrequency.AtLeast(4, java.util.Optional.of(
                        new MeetingFrequency.YearCount(2, 2007))))
                .actionPlan("Handleplan " + probes)
                .localUnit(new LocalUnit(new Municipality("253", "Greve " + probes),
                        List.of(Meeting.on(LocalDate.of(2007, 10, 26)), Meeting.on(LocalDate.of(2007, 11, 14))),
                        java.util.Optional.empty()))
                .build();
        Forum second = Forum.builder()
                .id("quotes-and-markup")
                .name("Møder med <b>Sct. Hans</b> & “de andre” 'æøå'")
                .topic("Indsatsen over for psykisk syge m.v. " + probes)
                .representative("Chefanklageren")
                .frequency("2-3")
                .build();
        Forum third = Forum.builder()
                .id("rtl-forum")
                .name("مرحبا שלום Køge")
                .topic("Right-to-left " + probes)
                .frequency(new MeetingFrequency.AsNeeded())
                .interfaces(List.of("unicode-forum"))
                .build();
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007)
                .status(PlanStatus.ADOPTED)
                .title("Samarbejdsplan for 2007 " + probes)
                .section(Section.of("Indledning " + probes, "Afsnit " + probes))
                .category("unicode", "Unicode æøå " + probes, List.of(first, second))
                .category("hoejre-til-venstre", "Højre til venstre", List.of(third))
                .build();
    }

    /** Reads the bundled plan once, on first use. */
    private static final class Holder {
        static final CooperationPlan PLAN_2007 = read2007();

        private static CooperationPlan read2007() {
            try (InputStream in = SamplePlans.class.getResourceAsStream(PLAN_2007_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the test kit jar has no " + PLAN_2007_RESOURCE
                            + " next to " + SamplePlans.class.getName() + " (broken build)");
                }
                return PlanReader.create().read(in, PLAN_2007_RESOURCE, PlanFormat.YAML).plan();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (PlanReadException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
