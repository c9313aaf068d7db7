package dk.samarbejdsplan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samarbejdsplan.model.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageTemplates} writes every message of both bundles exactly as Hibernate Validator's message
 * interpolation did ({@link PlanMessageInterpolator} with escaped parameters), for hostile parameter values
 * and for missing parameters.
 */
class MessageTemplatesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]+)}");
    private static final List<String> VALUES = List.of("Kontaktudvalget", "${'a'.toUpperCase()}", "{x}", "#{1+1}",
            "{VAL-001}", "{Element}", "{element.plan}", "\\{y\\}", "\\", "$", "a}b{c", "", "æøå ÆØÅ — “”", "12");

    private static final MessageBundles BUNDLES = new MessageBundles();
    private static final MessageTemplates TEMPLATES = new MessageTemplates(BUNDLES);
    private static final PlanMessageInterpolator HIBERNATE = new PlanMessageInterpolator(BUNDLES);

    private static String hibernate(String key, Language language, Map<String, String> params) {
        Map<String, Object> escaped = new LinkedHashMap<>();
        params.forEach((name, value) -> escaped.put(name, MessageParameterEscaping.ESCAPE.apply(value)));
        return HIBERNATE.interpolate("{" + key + "}", new MessageContext(escaped), language.locale());
    }

    private static List<String> parameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyMessageIsWrittenAsHibernateValidatorWroteIt() {
        int compared = 0;
        int keys = 0;
        for (Language language : Language.values()) {
            keys += Collections.list(BUNDLES.bundle(language).getKeys()).size();
            for (String key : Collections.list(BUNDLES.bundle(language).getKeys())) {
                List<String> names = parameters(BUNDLES.bundle(language).getString(key));
                for (int shift = 0; shift < VALUES.size(); shift++) {
                    Map<String, String> params = new HashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        params.put(names.get(i), VALUES.get((i + shift) % VALUES.size()));
                    }
                    params.put("unused", "{VAL-206}");
                    assertEquals(hibernate(key, language, params), TEMPLATES.render(key, language, params), key);
                    compared++;
                    if (!names.isEmpty()) {
                        params.remove(names.get(shift % names.size())); // a missing parameter stays as {name}
                        assertEquals(hibernate(key, language, params), TEMPLATES.render(key, language, params), key);
                    }
                }
            }
        }
        assertEquals(keys * VALUES.size(), compared, "every key of both bundles");
    }

    @Property(tries = 300)
    void anyParameterValueAppearsVerbatimAsWithHibernateValidator(@ForAll String element, @ForAll String other) {
        for (Language language : Language.values()) {
            Map<String, String> params = Map.of("Element", element, "other", other, "id", other + element);
            for (String key : List.of("VAL-203", "VAL-208", "element.forum")) {
                assertEquals(hibernate(key, language, params), TEMPLATES.render(key, language, params), key);
            }
        }
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> TEMPLATES.render("VAL-999", Language.DA, Map.of()));
    }
}
