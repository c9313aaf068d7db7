package dk.samarbejdsplan.export.html;

import dk.samarbejdsplan.model.Language;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of the HTML exporter, given to an export with
 * {@code ExportOptions.builder().formatOptions(HtmlOptions.defaults().withTemplateDirectory(dir))}.
 *
 * <p>From a command line the same options are string parameters: {@value #TEMPLATES_PARAMETER} (a folder)
 * and {@value #PLAN_LANGUAGE_PARAMETER} ({@code da} or {@code en}). When a typed {@code HtmlOptions} is given,
 * the string parameters are not read.
 *
 * @param templateDirectory a folder of templates that replace the built-in ones of the same name (for
 *        example a district's own {@code style.vm}); templates not found there come from the exporter. Empty
 *        for the built-in templates only
 * @param planLanguage the language the plan's own text is written in (Danish by default). When the
 *        publication is in another language, every piece of plan text is marked with its language
 *        ({@code lang="da"}) so that screen readers pronounce it right
 */
public record HtmlOptions(Optional<Path> templateDirectory, Language planLanguage) {

    /** The string parameter naming a folder of override templates. */
    public static final String TEMPLATES_PARAMETER = "html.templates";

    /** The string parameter giving the language of the plan's own text, {@code da} or {@code en}. */
    public static final String PLAN_LANGUAGE_PARAMETER = "html.planLanguage";

    private static final HtmlOptions DEFAULTS = new HtmlOptions(Optional.empty(), Language.DA);

    /** Checks for {@code null}. */
    public HtmlOptions {
        templateDirectory = Objects.requireNonNullElse(templateDirectory, Optional.empty());
        Objects.requireNonNull(planLanguage, "planLanguage");
    }

    /**
     * The defaults: built-in templates, plan text in Danish.
     *
     * @return the default options
     */
    public static HtmlOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with a folder of override templates.
     *
     * @param directory the folder; templates in it replace the built-in ones by name
     * @return a copy
     */
    public HtmlOptions withTemplateDirectory(Path directory) {
        return new HtmlOptions(Optional.of(Objects.requireNonNull(directory, "directory")), planLanguage);
    }

    /**
     * These options with another language of the plan's own text.
     *
     * @param language the language the plan is written in
     * @return a copy
     */
    public HtmlOptions withPlanLanguage(Language language) {
        return new HtmlOptions(templateDirectory, language);
    }
}
