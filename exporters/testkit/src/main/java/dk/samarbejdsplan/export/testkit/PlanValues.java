package dk.samarbejdsplan.export.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every value a plan holds, found by walking every component of the model generically: each record's
 * components ({@link Class#getRecordComponents()}), each list's items, each {@link Optional}'s content, nested
 * records to any depth. So a property test that looks for each of these values in an export can never miss a
 * field that a format silently drops, including one added to the model later: the walk finds it without being
 * told, and an unknown kind of value fails the walk loudly.
 *
 * <p>The walk lists, in model order:
 * <ul>
 * <li>a {@link Kind#VALUE} for every leaf: a {@link String}, a number, a {@link Boolean}, a {@link LocalDate}
 *     or an enum constant;</li>
 * <li>a {@link Kind#NODE} for every record (a plan, a category, a forum, a local unit, a meeting frequency …),
 *     before its components: a record without components (a meeting frequency of "Ad hoc") is a value of its
 *     own;</li>
 * <li>a {@link Kind#EMPTY} for every empty list and every empty {@link Optional} (a local unit with no meetings,
 *     a forum with no optional fields), so a test sees what is absent too.</li>
 * </ul>
 *
 * <pre>{@code
 * for (PlanValues.Value v : PlanValues.of(plan)) {
 *     if (v.kind() == PlanValues.Kind.VALUE && v.value() instanceof String s) {
 *         assertTrue(decoded.contains(s), v.path());
 *     }
 * }
 * }</pre>
 */
public final class PlanValues {

    /** What an entry of the walk is. */
    public enum Kind {
        /** A leaf value: text, number, boolean, date or enum constant. */
        VALUE,
        /** A record, listed before its components. */
        NODE,
        /** An empty list or an empty {@link Optional}; its value is the empty list or optional. */
        EMPTY
    }

    /**
     * One entry of the walk.
     *
     * @param path where it is, for example {@code categories[0].forums[2].localUnits[1].municipality.code}
     *        (0-based, the components' names)
     * @param kind what it is
     * @param value the value, record, or empty list or optional
     */
    public record Value(String path, Kind kind, Object value) {
        /** Checks for {@code null}. */
        public Value {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }
    }

    private PlanValues() {
    }

    /**
     * Walks a plan or any part of it.
     *
     * @param root a model record (a {@code CooperationPlan}, a {@code Forum} …)
     * @return every entry of the walk, in model order
     * @throws IllegalStateException for a component of a kind the walk does not know (a new kind of value in
     *         the model: teach the walk, never skip it)
     */
    public static List<Value> of(Object root) {
        List<Value> values = new ArrayList<>();
        walk("", root, values);
        return values;
    }

    /**
     * The leaf values of a walk of type {@code type}.
     *
     * @param <T> the type
     * @param root a model record
     * @param type for example {@code String.class}
     * @return the entries of kind {@link Kind#VALUE} holding such a value
     */
    public static <T> List<Value> leaves(Object root, Class<T> type) {
        return of(root).stream().filter(v -> v.kind() == Kind.VALUE && type.isInstance(v.value())).toList();
    }

    private static void walk(String path, Object value, List<Value> values) {
        if (value == null) {
            throw new IllegalStateException("null at " + path + ": the model never holds null");
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate || value instanceof Enum<?>) {
            values.add(new Value(path, Kind.VALUE, value));
        } else if (value instanceof Record) {
            values.add(new Value(path, Kind.NODE, value));
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(path.isEmpty() ? component.getName() : path + "." + component.getName(), read(component, value),
                        values);
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                values.add(new Value(path, Kind.EMPTY, list));
            }
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), values);
            }
        } else if (value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                values.add(new Value(path, Kind.EMPTY, optional));
            } else {
                walk(path, optional.get(), values);
            }
        } else {
            throw new IllegalStateException("a " + value.getClass().getName() + " at " + path
                    + ": PlanValues does not know this kind of model value; teach it");
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + component + " threw", e.getCause());
        }
    }
}
