package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The messages of the bundles ({@link MessageBundles}), parsed once into literal text and parameter
 * references ({@code {name}}), and written by putting the parameter values in verbatim.
 *
 * <p>This gives exactly what Hibernate Validator's message interpolation (bundle look-up of {@code {key}},
 * then parameters, every parameter value escaped with {@code MessageParameterEscaping}, no Expression
 * Language) gives for these bundles, at a fraction of the cost: the bundles use no escapes ({@code \}),
 * no {@code $} or {@code #}, no nested braces and no parameter named like a bundle key, which the
 * constructor checks, so nothing but {@code {name}} has a meaning in them. A parameter that is not given stays
 * in the text as {@code {name}}, as it would with Hibernate Validator. User data only ever arrives as a
 * parameter value and is never read as a template. {@code MessageTemplatesTest} compares the two on every key.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageTemplates {

    /** One message: literal texts and parameter names, alternating, starting and ending with a literal. */
    private record Template(String[] literals, String[] parameters) {
    }

    private final Map<Language, Map<String, Template>> templates = new EnumMap<>(Language.class);

    /**
     * The templates of the given bundles.
     *
     * @param bundles the Danish and English bundles
     * @throws IllegalStateException if a message uses more of the message syntax than {@code {name}}
     */
    public MessageTemplates(MessageBundles bundles) {
        for (Language language : Language.values()) {
            ResourceBundle bundle = bundles.bundle(language);
            Map<String, Template> byKey = new HashMap<>();
            for (String key : Collections.list(bundle.getKeys())) {
                byKey.put(key, parse(key, bundle.getString(key)));
            }
            for (Map.Entry<String, Template> entry : byKey.entrySet()) {
                for (String parameter : entry.getValue().parameters()) {
                    if (byKey.containsKey(parameter)) {
                        throw new IllegalStateException("message " + entry.getKey() + " refers to the bundle key {"
                                + parameter + "}, which this renderer does not resolve");
                    }
                }
            }
            templates.put(language, byKey);
        }
    }

    private static Template parse(String key, String text) {
        List<String> literals = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '$' || c == '#' || c == '}') {
                throw new IllegalStateException("message " + key + " uses '" + c + "' at " + i
                        + ": only {name} parameters are supported");
            }
            if (c == '{') {
                int end = text.indexOf('}', i + 1);
                int nested = text.indexOf('{', i + 1);
                if (end < 0 || end == i + 1 || (nested >= 0 && nested < end)) {
                    throw new IllegalStateException("message " + key + " has a malformed parameter at " + i);
                }
                literals.add(text.substring(start, i));
                parameters.add(text.substring(i + 1, end));
                start = end + 1;
                i = end;
            }
        }
        literals.add(text.substring(start));
        return new Template(literals.toArray(String[]::new), parameters.toArray(String[]::new));
    }

    /**
     * Writes a message.
     *
     * @param key the bundle key, such as {@code VAL-206} or {@code element.forum}
     * @param language the language
     * @param params the parameter values by name, put in verbatim
     * @return the message
     * @throws IllegalArgumentException if the bundle has no such key
     */
    public String render(String key, Language language, Map<String, String> params) {
        Template template = templates.get(language).get(key);
        if (template == null) {
            throw new IllegalArgumentException("no message " + key + " in the " + language + " bundle");
        }
        String[] literals = template.literals();
        String[] parameters = template.parameters();
        if (parameters.length == 0) {
            return literals[0];
        }
        StringBuilder out = new StringBuilder(literals[0].length() + 16 * (parameters.length + 1));
        out.append(literals[0]);
        for (int i = 0; i < parameters.length; i++) {
            String value = params.get(parameters[i]);
            if (value == null) {
                out.append('{').append(parameters[i]).append('}');
            } else {
                out.append(value);
            }
            out.append(literals[i + 1]);
        }
        return out.toString();
    }
}
