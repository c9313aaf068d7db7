package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.html.HtmlOptions;
import dk.samarbejdsplan.export.html.internal.view.PlanView;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * Renders the publication: builds the view (its forums lazily, a category at a time), then merges
 * {@code page.vm} into the caller's sink through a {@link PageWriter}, which hands the page on in pieces of
 * at most 8 KB as it is rendered.
 *
 * <p>The engine for the built-in templates is built once, on first use (holder idiom), and keeps the parsed
 * templates; an engine per override folder is kept too (a few at most), re-reading a template when its file
 * changes. Every engine runs in strict reference mode with Velocity's {@link SecureUberspector} (no
 * reflection, no class loading from a template), and every render escapes inserted values with
 * {@link HtmlEscaper}. The engines and their parsed templates are thread-safe and shared by every render;
 * everything else (the view, the writer, the Velocity context) belongs to one render.
 */
public final class HtmlRenderer {
    private static final int MAX_OVERRIDE_ENGINES = 16;
    private static final ConcurrentMap<Path, VelocityEngine> OVERRIDE_ENGINES = new ConcurrentHashMap<>();

    /** The built-in engine and page template, made on first use. */
    private static final class BuiltIn {
        static final VelocityEngine ENGINE = engine(Optional.empty());
        static final Template PAGE = ENGINE.getTemplate(TemplateNames.PAGE);
    }

    private HtmlRenderer() {
    }

    /**
     * Renders one plan.
     *
     * @param plan the plan
     * @param options the export options
     * @param out the sink; not closed
     * @throws IOException if writing fails or the options or templates are wrong (see {@link Failures})
     */
    public static void render(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        if (!ExportOutput.MAIN.id().equals(options.output())) {
            throw Failures.of(Failures.UNKNOWN_OUTPUT, "the HTML exporter has one output, 'main'; '"
                    + options.output() + "' was asked for", null);
        }
        HtmlOptions html = htmlOptions(options);
        PlanView view;
        try {
            view = ViewBuilder.build(plan, options.language(), html.planLanguage(), options.relatedFiles());
        } catch (IllegalArgumentException e) {
            throw Failures.of(Failures.BAD_LINK, e.getMessage(), e);
        }
        String source = html.templateDirectory().map(d -> "the folder " + d + " and the built-in templates")
                .orElse("the built-in templates");
        PageWriter writer = new PageWriter(out);
        try {
            // the override engine is looked up (folder checked, cache consulted) once per render
            VelocityEngine override = html.templateDirectory().isPresent()
                    ? overrideEngine(html.templateDirectory().get())
                    : null;
            Template page = override != null ? override.getTemplate(TemplateNames.PAGE) : BuiltIn.PAGE;
            VelocityContext context = new VelocityContext();
            context.put("plan", view);
            context.put("t", Labels.of(options.language()));
            context.put("builtInDetails", override == null || isBuiltIn(override, TemplateNames.FORUM_DETAILS));
            EventCartridge cartridge = new EventCartridge();
            cartridge.addReferenceInsertionEventHandler(HtmlEscaper.INSTANCE);
            cartridge.attachToContext(context);
            page.merge(context, writer);
        } catch (VelocityException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof IOException) {
                    throw (IOException) c; // the sink failed
                }
            }
            throw Failures.ofTemplate(e, source);
        } catch (RuntimeException e) {
            // for example a template calling a method that changes an unmodifiable list or map
            throw Failures.of(Failures.TEMPLATE_FAILED, "a template failed (templates come from " + source + "): "
                    + e + (e instanceof UnsupportedOperationException
                            ? "; templates may read $plan and $t but not change them" : ""), e);
        }
        writer.finish();
    }

    /**
     * Whether the engine finds a template in the jar rather than in the override folder. A template that does
     * not parse counts as overridden: the page then parses it where it is used and reports the error there.
     */
    private static boolean isBuiltIn(VelocityEngine engine, String name) {
        try {
            return engine.getTemplate(name).getResourceLoader() instanceof BuiltInTemplateLoader;
        } catch (VelocityException e) {
            return false;
        }
    }

    private static HtmlOptions htmlOptions(ExportOptions options) throws IOException {
        Optional<HtmlOptions> typed = options.formatOptions(HtmlOptions.class);
        if (typed.isPresent()) {
            return typed.get();
        }
        HtmlOptions html = HtmlOptions.defaults();
        Optional<String> folder = options.parameter(HtmlOptions.TEMPLATES_PARAMETER).filter(s -> !s.isBlank());
        if (folder.isPresent()) {
            try {
                html = html.withTemplateDirectory(Path.of(folder.get().strip()));
            } catch (InvalidPathException e) {
                throw Failures.of(Failures.BAD_PARAMETER, HtmlOptions.TEMPLATES_PARAMETER + " = '" + folder.get()
                        + "' is not a valid path: " + e.getReason(), e);
            }
        }
        Optional<String> lang = options.parameter(HtmlOptions.PLAN_LANGUAGE_PARAMETER);
        if (lang.isPresent()) {
            Optional<Language> language = Language.fromTag(lang.get());
            if (language.isEmpty()) {
                throw Failures.of(Failures.BAD_PARAMETER, HtmlOptions.PLAN_LANGUAGE_PARAMETER + " = '" + lang.get()
                        + "' is not a language the exporter knows; use da or en", null);
            }
            html = html.withPlanLanguage(language.get());
        }
        return html;
    }

    private static VelocityEngine overrideEngine(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw Failures.of(Failures.NO_TEMPLATE_FOLDER, "the template folder " + dir
                    + (Files.exists(dir) ? " is not a folder" : " does not exist")
                    + "; give a folder holding templates such as style.vm or header.vm", null);
        }
        VelocityEngine engine = OVERRIDE_ENGINES.get(dir);
        if (engine == null) {
            if (OVERRIDE_ENGINES.size() >= MAX_OVERRIDE_ENGINES) {
                OVERRIDE_ENGINES.clear();
            }
            engine = OVERRIDE_ENGINES.computeIfAbsent(dir, d -> engine(Optional.of(d)));
        }
        return engine;
    }

    /**
     * A sandboxed, strict engine over the built-in templates, with an override folder searched first.
     *
     * @param overrides the override folder, if any
     * @return the initialised engine
     */
    static VelocityEngine engine(Optional<Path> overrides) {
        VelocityEngine engine = new VelocityEngine();
        String prefix = RuntimeConstants.RESOURCE_LOADER + ".";
        if (overrides.isPresent()) {
            engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "override,builtin");
            engine.setProperty(prefix + "override." + RuntimeConstants.RESOURCE_LOADER_INSTANCE,
                    new DirectoryTemplateLoader(overrides.get()));
            engine.setProperty(prefix + "override." + RuntimeConstants.RESOURCE_LOADER_CACHE, "true");
            engine.setProperty(prefix + "override." + RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL, "2");
        } else {
            engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "builtin");
        }
        engine.setProperty(prefix + "builtin." + RuntimeConstants.RESOURCE_LOADER_INSTANCE, new BuiltInTemplateLoader());
        engine.setProperty(prefix + "builtin." + RuntimeConstants.RESOURCE_LOADER_CACHE, "true");
        engine.setProperty(prefix + "builtin." + RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL, "0");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        engine.setProperty(RuntimeConstants.VM_LIBRARY, TemplateNames.MACROS);
        engine.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "true");
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.setProperty("runtime.log.log_invalid_references", "false");
        // start-up: templates are parsed once per engine, so one parser is enough (Velocity makes 20 by default;
        // it makes another if two threads parse at once)
        engine.setProperty(RuntimeConstants.PARSER_POOL_SIZE, "1");
        // no implicit conversion of method arguments (a template passing "3" for a number): the built-in
        // templates call no methods, and building the converters' table is a good part of the engine's start-up
        engine.setProperty(RuntimeConstants.CONVERSION_HANDLER_CLASS, "none");
        engine.init();
        return engine;
    }
}
