package dk.samarbejdsplan.validation.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The place of a plan path in the plan, for sorting: each step is the index of the record component (in
 * declaration order, the order of the plan file) and then the list index, so {@code categories[2]} comes
 * before {@code categories[10]} and a forum's {@code name} before its {@code frequency}.
 */
final class PlanOrder {

    /** The record components of each record class, looked up by reflection once per class. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.isRecord() ? type.getRecordComponents() : null;
        }
    };

    private PlanOrder() {
    }

    /**
     * The sort key of a path in a plan.
     *
     * @param root the plan
     * @param path a plan path
     * @return the key: compare with {@link Arrays#compare(int[], int[])} (a parent sorts before its children)
     */
    static int[] key(Object root, String path) {
        List<Integer> key = new ArrayList<>();
        Object current = root;
        for (PlanPaths.Segment segment : PlanPaths.parse(path)) {
            if (!segment.name().isEmpty()) {
                int component = Integer.MAX_VALUE;
                Object next = null;
                RecordComponent[] components = current == null ? null : COMPONENTS.get(current.getClass());
                if (components != null) {
                    for (int i = 0; i < components.length; i++) {
                        if (components[i].getName().equals(segment.name())) {
                            component = i;
                            next = read(components[i], current);
                            break;
                        }
                    }
                }
                key.add(component);
                current = next;
            }
            if (segment.indexed()) {
                key.add(segment.index());
                current = current instanceof List<?> list && segment.index() < list.size()
                        ? list.get(segment.index()) : null;
            }
        }
        return key.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            Object value = component.getAccessor().invoke(record);
            return value instanceof Optional<?> optional ? optional.orElse(null) : value;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // the key then only orders by the steps known so far
        }
    }
}
