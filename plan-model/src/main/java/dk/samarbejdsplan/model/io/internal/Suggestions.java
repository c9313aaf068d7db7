package dk.samarbejdsplan.model.io.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean ...?" for unknown keys: a key that differs in case or by at most two edits, or a Danish word; and
 * the one edit distance of the project ({@link #distance}), also used by the exporter registry for unknown
 * exporter ids (this package is exported to {@code dk.samarbejdsplan.export} only).
 */
public final class Suggestions {
    /** Danish words people may write for a key, by the keys they may mean (the first allowed one is taken). */
    private static final Map<String, List<String>> DANISH = Map.ofEntries(
            Map.entry("politikreds", List.of("district")), Map.entry("kreds", List.of("district")),
            Map.entry("år", List.of("year")), Map.entry("aar", List.of("year")),
            Map.entry("udgave", List.of("edition")), Map.entry("version", List.of("edition")),
            Map.entry("titel", List.of("title")), Map.entry("undertitel", List.of("subtitle")),
            Map.entry("hjemmel", List.of("legalBasis")), Map.entry("lovgrundlag", List.of("legalBasis")),
            Map.entry("afsnit", List.of("sections", "paragraphs")), Map.entry("tekst", List.of("paragraphs")),
            Map.entry("kategorier", List.of("categories")), Map.entry("fora", List.of("forums")),
            Map.entry("forummer", List.of("forums")), Map.entry("nummer", List.of("number")),
            Map.entry("navn", List.of("name")), Map.entry("emne", List.of("topic")),
            Map.entry("repræsentanter", List.of("representatives")),
            Map.entry("deltagere", List.of("representatives")),
            Map.entry("møder", List.of("frequency", "meetings")), Map.entry("hyppighed", List.of("frequency")),
            Map.entry("kommissorium", List.of("termsOfReference")), Map.entry("målsætninger", List.of("goals")),
            Map.entry("mål", List.of("goals")), Map.entry("handleplan", List.of("actionPlan")),
            Map.entry("snitflader", List.of("interfaces")), Map.entry("noter", List.of("notes")),
            Map.entry("bemærkninger", List.of("notes")), Map.entry("lokalråd", List.of("localUnits")),
            Map.entry("kommune", List.of("municipality")), Map.entry("kommunekode", List.of("code")),
            Map.entry("kode", List.of("code")), Map.entry("dato", List.of("date")),
            Map.entry("datoer", List.of("meetings")), Map.entry("kredsråd", List.of("discussedInDistrictCouncil")));

    private Suggestions() {
    }

    /**
     * The allowed key the writer most likely meant.
     *
     * @param key the unknown key
     * @param allowed the keys allowed at that place
     * @return the suggestion, if one is close enough
     */
    static Optional<String> closest(String key, List<String> allowed) {
        String lower = key.strip().toLowerCase(Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(candidate);
            }
        }
        for (String candidate : DANISH.getOrDefault(lower, List.of())) {
            if (allowed.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        int limit = Math.min(2, Math.max(1, lower.length() / 2));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The edit distance of two texts: insertions, deletions, substitutions and swaps of two neighbouring
     * characters each count one (optimal string alignment, so "cvs" is one edit from "csv"). Stops early, returning
     * {@code limit + 1}, once the distance is sure to exceed the limit.
     *
     * @param a one text
     * @param b the other text
     * @param limit the largest distance of interest
     * @return the distance, or {@code limit + 1} if it is larger than {@code limit}
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
