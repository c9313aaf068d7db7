package dk.samarbejdsplan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A police district (<i>politikreds</i>), for example Midt- og Vestsjællands Politi.
 *
 * @param name the district's name as published, for example {@code "Midt- og Vestsjællands Politi"}
 * @param code the district's DAGI code (for example {@code "1467"}), if known
 */
public record PoliceDistrict(String name, Optional<String> code) {

    /** Checks that no component is {@code null}. */
    public PoliceDistrict {
        Objects.requireNonNull(name, "name");
        code = Objects.requireNonNullElse(code, Optional.empty());
    }

    /**
     * A district with a name and no code.
     *
     * @param name the name
     * @return the district
     */
    public static PoliceDistrict of(String name) {
        return new PoliceDistrict(name, Optional.empty());
    }

    /**
     * A district with a name and a DAGI code.
     *
     * @param name the name
     * @param code the DAGI code
     * @return the district
     */
    public static PoliceDistrict of(String name, String code) {
        return new PoliceDistrict(name, Optional.of(code));
    }
}
