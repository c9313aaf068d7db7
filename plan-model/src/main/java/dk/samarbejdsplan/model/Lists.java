package dk.samarbejdsplan.model;

import java.util.List;
import java.util.Objects;

/** Defensive copies for record components. */
final class Lists {
    private Lists() {
    }

    /** An unmodifiable copy; {@code null} becomes the empty list, a {@code null} element is refused. */
    static <T> List<T> copy(List<T> list, String name) {
        if (list == null) {
            return List.of();
        }
        for (T element : list) {
            Objects.requireNonNull(element, () -> name + " must not contain null");
        }
        return List.copyOf(list);
    }
}
