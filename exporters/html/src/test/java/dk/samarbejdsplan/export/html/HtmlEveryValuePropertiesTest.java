package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.export.testkit.PlanValues;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Nothing lost in the HTML, found by the test kit's generic walk of the model ({@link PlanValues}): every value of
 * the plan is in the page's text as jsoup reads it (or in a machine-readable attribute such as a {@code <time>}'s
 * {@code datetime}), white space compared as a reader sees it: front matter, sections, categories, every forum's
 * every field and list item, every local unit with or without meetings, its municipality, action plan, meeting
 * dates and statuses, every frequency in words.
 *
 * <p>Not looked for, because the page does not show them today: the ids of forums and categories (they shape the
 * anchors only) and the district's and municipalities' codes ({@link #NOT_SHOWN}); issue 10 asks for the
 * municipality codes in the HTML — when they are there, remove {@code municipality.code} from that list.
 */
class HtmlEveryValuePropertiesTest {

    /** Path endings of values the page does not show (see the class comment). */
    private static final String[] NOT_SHOWN = {".id", "district.code", "municipality.code"};

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void everyValueIsOnThePage(@ForAll("plans") CooperationPlan plan, @ForAll Language language) {
        String html = ExporterContract.forId("html").exportToString(plan, ExportOptions.builder().language(language)
                .build());
        Document doc = Jsoup.parse(html);
        StringBuilder attributes = new StringBuilder();
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> attributes.append(' ').append(a.getValue()));
        }
        String page = seen(doc.text()).toLowerCase(Locale.ROOT) + " " + seen(attributes.toString());
        Wording wording = Wording.of(language);
        for (PlanValues.Value v : PlanValues.of(plan)) {
            String where = v.path() + " = " + v.value();
            String expected;
            if (v.kind() == PlanValues.Kind.NODE && v.value() instanceof MeetingFrequency f) {
                expected = wording.frequency(f);
            } else if (v.kind() != PlanValues.Kind.VALUE || v.path().contains("frequency.") || notShown(v.path())) {
                continue; // absences, a frequency's numbers (in its words, above), what the page does not show
            } else if (v.value() instanceof String s) {
                expected = s;
            } else if (v.value() instanceof Integer n) {
                expected = n.toString();
            } else if (v.value() instanceof LocalDate d) {
                expected = wording.date(d);
            } else if (v.value() instanceof PlanStatus s) {
                expected = s == PlanStatus.ADOPTED ? (language == Language.DA ? "vedtaget" : "adopted")
                        : (language == Language.DA ? "udkast" : "draft");
            } else if (v.value() instanceof MeetingStatus s) {
                expected = s == MeetingStatus.HELD ? (language == Language.DA ? "afholdt" : "held")
                        : (language == Language.DA ? "planlagt" : "planned");
            } else {
                throw new AssertionError("a value this test does not know: " + where);
            }
            String needle = seen(expected);
            assertTrue(page.contains(needle.toLowerCase(Locale.ROOT)) || page.contains(needle), where);
        }
    }

    private static boolean notShown(String path) {
        for (String ending : NOT_SHOWN) {
            if (path.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * White space as a reader sees it: every run one space, none at the ends; and without the zero-width space
     * and the soft hyphen, which jsoup's {@code text()} leaves out (they are in the page).
     */
    private static String seen(String text) {
        return ExporterContract.normalizeSpace(text.replace("\u200B", "").replace("\u00AD", ""));
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(3, 4);
    }
}
