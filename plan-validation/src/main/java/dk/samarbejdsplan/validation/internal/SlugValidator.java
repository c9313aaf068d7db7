package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.PlanText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks {@link Slug}. */
public final class SlugValidator implements ConstraintValidator<Slug, String> {

    /** The form of a stable id. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private String example = "";

    @Override
    public void initialize(Slug annotation) {
        example = annotation.example();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || PlanText.isBlank(value) || isSlug(value)) {
            return true;
        }
        String suggestion = suggest(value);
        Violations.report(context, context.getDefaultConstraintMessageTemplate(),
                Params.of("id", value, "suggestion", suggestion.isEmpty() ? example : suggestion))
                .addConstraintViolation();
        return false;
    }

    /**
     * Whether a text has the form of {@link #SLUG}, checked without a regular expression (the check runs for
     * every id of a plan).
     *
     * @param value the text
     * @return whether it is one or more groups of a–z and 0–9 joined by single hyphens
     */
    public static boolean isSlug(String value) {
        int length = value.length();
        if (length == 0) {
            return false;
        }
        boolean afterHyphen = true; // at the start, as after a hyphen, a letter or digit must follow
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else if (c == '-' && !afterHyphen) {
                afterHyphen = true;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /**
     * A slug made from a text: lower case, æ→ae, ø→oe, å→aa, other accents dropped, every other character a
     * hyphen, no leading, trailing or double hyphens.
     *
     * @param text any text, for example a forum's name
     * @return the slug, possibly empty
     */
    public static String suggest(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
