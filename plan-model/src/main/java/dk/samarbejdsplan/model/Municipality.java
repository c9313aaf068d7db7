package dk.samarbejdsplan.model;

import java.util.Objects;

/**
 * A municipality (<i>kommune</i>) with its official three-digit municipality code (<i>kommunekode</i>).
 *
 * @param code the kommunekode, three digits, for example {@code "253"} for Greve
 * @param name the name, for example {@code "Greve"}
 */
public record Municipality(String code, String name) {

    /** Checks for {@code null}. */
    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
