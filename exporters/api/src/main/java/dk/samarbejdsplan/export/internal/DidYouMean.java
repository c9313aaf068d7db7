package dk.samarbejdsplan.export.internal;

import dk.samarbejdsplan.model.io.internal.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for an unknown exporter id, with the project's one edit distance. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /**
     * A close id: the same ignoring case, spaces and underscores, a prefix, or at most two edits away (one for an
     * id of up to three letters).
     *
     * @param id the id asked for
     * @param available the ids that exist
     * @return the closest of them, if one is close enough
     */
    public static Optional<String> suggest(String id, List<String> available) {
        String wanted = id.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (!wanted.equals(id) && available.contains(wanted)) {
            return Optional.of(wanted);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : available) {
            int d = Suggestions.distance(wanted, candidate, Integer.MAX_VALUE - 1);
            boolean prefix = wanted.length() >= 2 && (candidate.startsWith(wanted) || wanted.startsWith(candidate));
            int limit = candidate.length() <= 3 ? 1 : 2;
            if ((d <= limit || prefix) && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
