package dk.samarbejdsplan.export.jsonld.internal;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Mints the IRIs of one export from the base IRI (see {@code JsonLdOptions} for the scheme). The IRIs of forums,
 * local units, categories, municipalities and meetings are given as compact IRIs with the prefixes of
 * {@link Context} ({@code forum:kredsraadet}), whose namespaces this class also gives; the district, the plan
 * and the category scheme as full IRIs. Not thread-safe: one instance per export, because it remembers the
 * meeting IRIs it gave out for the current forum to number same-day meetings, and keeps a scratch buffer for
 * the forum IRIs, which it writes without building a string.
 */
final class Iris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final char[] FORUM = (Context.FORUM_PREFIX + ":").toCharArray();

    private final String base;
    private final String district;
    private final String plan;
    private final Set<String> meetings = new HashSet<>();
    private char[] scratch = new char[64];

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

    /** The namespace of the prefix {@link Context#FORUM_PREFIX}: forums and their local units. */
    String forumNamespace() {
        return district + "/forum/";
    }

    /** The namespace of the prefix {@link Context#CATEGORY_PREFIX}. */
    String categoryNamespace() {
        return categoryScheme() + "/";
    }

    /** The namespace of the prefix {@link Context#MUNICIPALITY_PREFIX}. */
    String municipalityNamespace() {
        return base + "kommune/";
    }

    /** The namespace of the prefix {@link Context#MEETING_PREFIX}. */
    String meetingNamespace() {
        return plan + "/moede/";
    }

    String category(String categoryId) {
        return Context.CATEGORY_PREFIX + ":" + segment(categoryId);
    }

    String forum(String forumId) {
        return Context.FORUM_PREFIX + ":" + segment(forumId);
    }

    /**
     * Writes a forum's (compact) IRI as a string value, without building a string: the same text as
     * {@link #forum(String)}.
     */
    void writeForum(JsonGenerator g, String forumId) {
        int length = FORUM.length;
        int needed = length + 12 * forumId.length() + 1;
        if (scratch.length < needed) {
            scratch = new char[Math.max(needed, 2 * scratch.length)];
        }
        System.arraycopy(FORUM, 0, scratch, 0, length);
        length = appendSegment(forumId, scratch, length);
        g.writeString(scratch, 0, length);
    }

    String localUnit(Forum forum, Municipality municipality) {
        return forum(forum.id()) + "/" + segment(municipality.code());
    }

    String municipality(Municipality municipality) {
        return Context.MUNICIPALITY_PREFIX + ":" + segment(municipality.code());
    }

    /**
     * The beginning of the IRIs of a forum's meetings in one municipality, up to the date:
     * {@code moede:{forumId}/{kommunekode}/}.
     */
    String meetingPrefix(Forum forum, Municipality municipality) {
        return Context.MEETING_PREFIX + ":" + segment(forum.id()) + "/" + segment(municipality.code()) + "/";
    }

    /**
     * The IRI of a meeting of the current forum (see {@link #nextForum()}): its
     * {@link #meetingPrefix(Forum, Municipality) prefix} and date; a second (third, ...) meeting with the same
     * forum, municipality and date gets {@code -2} ({@code -3}, ...) appended.
     *
     * @param prefix the meeting prefix
     * @param xsdDate the date as {@link Literals#xsdDate}, which holds no character to encode
     */
    String meeting(String prefix, String xsdDate) {
        String first = prefix + xsdDate;
        String iri = first;
        for (int n = 2; !meetings.add(iri); n++) {
            iri = first + "-" + n;
        }
        return iri;
    }

    /**
     * Starts the meetings of the next forum: forgets the meeting IRIs given out so far, which can never equal
     * one of another forum (the forum's id is a segment of each).
     */
    void nextForum() {
        if (!meetings.isEmpty()) {
            meetings.clear();
        }
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
     * never be dot segments and {@code /}, {@code ?}, {@code #}, {@code :} never end the segment). The empty
     * string becomes {@code _}, which is otherwise always encoded. A value that needs no encoding (a slug, the
     * usual case) is returned as it is.
     */
    static String segment(String value) {
        if (value.isEmpty()) {
            return "_";
        }
        if (unreserved(value)) {
            return value;
        }
        char[] chars = new char[3 * 4 * value.length()];
        return new String(chars, 0, appendSegment(value, chars, 0));
    }

    /** Whether every character of a non-empty value stays as it is in a segment. */
    private static boolean unreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!unreserved(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean unreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '~';
    }

    /**
     * Appends the segment of a value (see {@link #segment(String)}) to {@code out} at {@code at}, which has room
     * for {@code 12 * value.length()} (at least one) characters more.
     *
     * @return the new end
     */
    private static int appendSegment(String value, char[] out, int at) {
        if (value.isEmpty()) {
            out[at] = '_';
            return at + 1;
        }
        int i = 0;
        int n = value.length();
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (!unreserved(c)) {
                break;
            }
            out[at++] = c;
        }
        if (i == n) {
            return at;
        }
        for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c)) {
                out[at++] = (char) c;
            } else {
                out[at++] = '%';
                out[at++] = HEX[c >> 4];
                out[at++] = HEX[c & 0xF];
            }
        }
        return at;
    }
}
