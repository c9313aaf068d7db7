package dk.samarbejdsplan.validation;

import dk.samarbejdsplan.model.Language;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() {
        ValidationReport r = Plans.validator().validate(Plans.valid());
        System.out.println("VALID:\n" + r.format(Language.DA));
        var bad = Plans.withForum(0, 1, f -> f.name("${'a'.toUpperCase()} {x} \\{y}").representatives(java.util.List.of(" ", "a")).frequency("3-2").interfaces(java.util.List.of("kontaktudvalget", "nope", "nope")));
        bad = bad.toBuilder().year(2010).edition(0).build();
        r = Plans.validator().validate(bad);
        System.out.println(r.format(Language.DA));
        System.out.println(r.format(Language.EN));
        r = Plans.validator().validate(Plans.withUnits(Plans.unit("32", "Kalundborg", "2007-11-29", "2007-10-01", "2007-11-29"), Plans.unit("32", "", "2008-01-01")));
        System.out.println(r.format(Language.DA));
    }
}
