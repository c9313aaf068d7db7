package dk.samarbejdsplan.validation.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A broken rule before its messages are written: the rule, the plan path of the element and the message
 * parameters. Parameter values are kept typed ({@link String}, {@link Integer}, {@link java.time.LocalDate},
 * {@link dk.samarbejdsplan.model.MeetingFrequency}, {@link ElementRef}) and written per language by
 * {@link FindingWriter}; none of them is ever part of a message template.
 *
 * @param rule the rule
 * @param path the plan path, for example {@code categories[0].forums[2].localUnits[2]}
 * @param params the message parameters, by name
 */
public record Issue(Rule rule, String path, Map<String, Object> params) {

    /** Checks for {@code null} and copies the parameters (keeping their order). */
    public Issue {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(params, Map.of())));
    }

    /**
     * An issue with parameters given as name/value pairs.
     *
     * @param rule the rule
     * @param path the plan path
     * @param namesAndValues name, value, name, value, …
     * @return the issue
     */
    public static Issue of(Rule rule, String path, Object... namesAndValues) {
        return new Issue(rule, path, Params.map(namesAndValues));
    }
}
