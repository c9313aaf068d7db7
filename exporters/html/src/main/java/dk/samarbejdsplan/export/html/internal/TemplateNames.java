package dk.samarbejdsplan.export.html.internal;

import java.util.regex.Pattern;

/** The names of the page and macro templates, and the rule a template name must follow. */
final class TemplateNames {

    /** The page; it parses the others. */
    static final String PAGE = "page.vm";

    /** The macros every template can call. */
    static final String MACROS = "macros.vm";

    /** Where the built-in templates live, as a resource path of this module. */
    static final String RESOURCE_ROOT = "/dk/samarbejdsplan/export/html/internal/templates/";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*\\.vm");

    private TemplateNames() {
    }

    /**
     * Reads a template name as Velocity passes it, refusing anything but a plain file name (no folders, no
     * {@code ..}): templates cannot reach files outside the template folder.
     *
     * @param name the name, possibly with a leading slash
     * @return the plain name, or {@code null} if it is not an allowed name
     */
    static String plainName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.startsWith("/") ? name.substring(1) : name;
        return NAME.matcher(n).matches() ? n : null;
    }
}
