package dk.samarbejdsplan.validation.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The message parameters of a constraint violation, carried as the violation's dynamic payload
 * ({@code HibernateConstraintValidatorContext.withDynamicPayload}) so that the messages can be written in
 * both languages after validation.
 *
 * @param values the parameters by name (typed values, see {@link Issue})
 */
public record Params(Map<String, Object> values) {

    /** Copies the map. */
    public Params {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Parameters from name/value pairs.
     *
     * @param namesAndValues name, value, name, value, …
     * @return the parameters
     */
    public static Params of(Object... namesAndValues) {
        return new Params(map(namesAndValues));
    }

    static Map<String, Object> map(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
