package dk.samarbejdsplan.export.jsonld.internal;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Mints the IRIs of one export from the base IRI (see {@code JsonLdOptions} for the scheme). Not thread-safe:
 * one instance per export, because it remembers the meeting IRIs it gave out to number same-day meetings.
 */
final class Iris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String base;
    private final String district;
    private final String plan;
    private final Set<String> meetings = new HashSet<>();

    Iris(String base, CooperationPlan plan) {
        this.base = base;
        this.district = base + segment(districtKey(plan.district()));
        this.plan = district + "/" + segment(Integer.toString(plan.year()));
    }

    String district() {
        return district;
    }

    String plan() {
        return plan;
    }

    String categoryScheme() {
        return district + "/kategori";
    }

    String category(String categoryId) {
        return categoryScheme() + "/" + segment(categoryId);
    }

    String forum(String forumId) {
        return district + "/forum/" + segment(forumId);
    }

    String localUnit(Forum forum, Municipality municipality) {
        return forum(forum.id()) + "/" + segment(municipality.code());
    }

    String municipality(Municipality municipality) {
        return base + "kommune/" + segment(municipality.code());
    }

    /**
     * The IRI of a meeting; a second (third, ...) meeting with the same forum, municipality and date gets
     * {@code -2} ({@code -3}, ...) appended.
     */
    String meeting(Forum forum, Municipality municipality, LocalDate date) {
        String first = plan + "/moede/" + segment(forum.id()) + "/" + segment(municipality.code()) + "/"
                + segment(Literals.xsdDate(date));
        String iri = first;
        for (int n = 2; !meetings.add(iri); n++) {
            iri = first + "-" + n;
        }
        return iri;
    }

    /** The district's part of the IRIs: its DAGI code, or else a slug of its name. */
    static String districtKey(PoliceDistrict district) {
        return district.code().filter(c -> !c.isBlank()).map(String::strip).orElseGet(() -> slug(district.name()));
    }

    /**
     * A slug of a name: lowercase ASCII letters and digits joined by hyphens, Danish letters written out
     * ("Midt- og Vestsjællands Politi" gives {@code midt-og-vestsjaellands-politi}).
     */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "politikreds" : s;
    }

    /**
     * One path segment, percent-encoded: ASCII letters, digits, {@code -} and {@code ~} stay, every other
     * character is written as the percent-encoded bytes of its UTF-8 form (so {@code .} and {@code ..} can
     * never be dot segments and {@code /}, {@code ?}, {@code #} never end the segment). The empty string
     * becomes {@code _}, which is otherwise always encoded.
     */
    static String segment(String value) {
        if (value.isEmpty()) {
            return "_";
        }
        StringBuilder sb = new StringBuilder(value.length() + 8);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }
}
