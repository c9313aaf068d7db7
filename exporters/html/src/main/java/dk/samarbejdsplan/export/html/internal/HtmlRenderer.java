package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.ExportException;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExporterTexts;
import dk.samarbejdsplan.export.SinkWriter;
import dk.samarbejdsplan.export.html.HtmlOptions;
import dk.samarbejdsplan.export.html.internal.view.PlanView;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.util.introspection.IntrospectionCacheData;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * Renders the publication: builds the view, then merges {@code page.vm}, which parses one template per part of
 * the page, into the caller's sink through a {@link SinkWriter}.
 *
 * <p>The engine for the built-in templates is built once, on first use (holder idiom), and keeps the parsed
 * templates; a render with an override folder builds an engine over that folder and the built-in templates.
 * Every engine runs in strict mode with Velocity's {@link SecureUberspector} (no reflection, no class loading
 * from a template), and escapes every inserted value with {@link HtmlEscaper}: its event handlers are attached
 * to the engine once, not to each render's context. Any template error fails the render (see {@link Failures}),
 * including a {@code #parse} recursion, which Velocity itself would only log.
 */
public final class HtmlRenderer {
    /** How deep templates may parse each other; the built-in ones go 4 deep. */
    private static final int MAX_PARSE_DEPTH = 20;

    /** The built-in engine and page template, made on first use. */
    private static final class BuiltIn {
        static final RuntimeInstance ENGINE = engine(Optional.empty());
        static final Template PAGE = ENGINE.getTemplate(TemplateNames.PAGE);
        /** What the renders of the built-in templates learn about the view classes, shared by all of them. */
        static final Map<Object, IntrospectionCacheData> INTROSPECTION = new ConcurrentHashMap<>();
    }

    private HtmlRenderer() {
    }

    /**
     * Renders one plan.
     *
     * @param plan the plan
     * @param options the export options
     * @param texts the exporter's fixed texts in the page's language ({@code $t} in the templates)
     * @param out the sink; not closed
     * @throws IOException if writing to the sink fails
     * @throws ExportException if the options or templates are wrong (see {@link Failures})
     */
    public static void render(CooperationPlan plan, ExportOptions options, ExporterTexts texts, Appendable out)
            throws IOException, ExportException {
        HtmlOptions html = htmlOptions(options);
        PlanView view;
        try {
            view = ViewBuilder.build(plan, texts, html.planLanguage(), options.relatedFiles());
        } catch (IllegalArgumentException e) {
            throw Failures.of(Failures.BAD_LINK, e.getMessage(), e);
        }
        String source = html.templateDirectory().map(d -> "the folder " + d + " and the built-in templates")
                .orElse("the built-in templates");
        SinkWriter writer = new SinkWriter(out);
        try {
            boolean builtIn = html.templateDirectory().isEmpty();
            Template page = builtIn ? BuiltIn.PAGE
                    : overrideEngine(html.templateDirectory().get()).getTemplate(TemplateNames.PAGE);
            VelocityContext context = new RenderContext(builtIn ? BuiltIn.INTROSPECTION : new HashMap<>());
            context.put("plan", view);
            context.put("t", texts.asMap());
            page.merge(context, writer);
        } catch (VelocityException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof IOException) {
                    throw (IOException) c; // the sink failed
                }
                if (c instanceof TooDeep) {
                    throw tooDeep((TooDeep) c, source);
                }
            }
            throw Failures.ofTemplate(e, source);
        } catch (TooDeep e) {
            throw tooDeep(e, source);
        } catch (RuntimeException | StackOverflowError e) {
            // for example a template calling a method that changes an unmodifiable list or map
            throw Failures.of(Failures.TEMPLATE_FAILED, "a template failed (templates come from " + source + "): "
                    + e + (e instanceof UnsupportedOperationException
                            ? "; templates may read $plan and $t but not change them" : ""), e);
        }
        writer.flush();
    }

    private static ExportException tooDeep(TooDeep e, String source) {
        return Failures.of(Failures.TEMPLATE_FAILED, "the templates parse each other more than " + MAX_PARSE_DEPTH
                + " deep (" + e.getMessage() + "; templates come from " + source + "): a template must not parse"
                + " itself, directly or through another", e);
    }

    /**
     * The context of one render, with an introspection cache that may outlive it. Velocity caches per context
     * what it learns at each template node about the object there (which getter {@code $f.name} calls, after the
     * sandbox's permission check), so each render would look every getter up again: about a sixth of a render's
     * time. The built-in templates and the view classes are the same on every render, so their renders share
     * one cache (Velocity checks the object's class against the cached one before using an entry); a render with
     * an override folder has an engine, templates and cache of its own.
     */
    private static final class RenderContext extends VelocityContext {
        private final Map<Object, IntrospectionCacheData> introspection;

        RenderContext(Map<Object, IntrospectionCacheData> introspection) {
            this.introspection = introspection;
        }

        @Override
        public IntrospectionCacheData icacheGet(Object key) {
            return introspection.get(key);
        }

        @Override
        public void icachePut(Object key, IntrospectionCacheData data) {
            introspection.put(key, data);
        }
    }

    /** A {@code #parse} or {@code #include} deeper than {@link #MAX_PARSE_DEPTH}. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep(String message) {
            super(message);
        }
    }

    /**
     * Fails a {@code #parse} or {@code #include} that goes too deep: Velocity's own limit only logs an error and
     * renders nothing, which would leave a page cut short. The one depth check (Velocity's is switched off).
     */
    private static final class ParseDepth implements IncludeEventHandler {
        static final ParseDepth INSTANCE = new ParseDepth();

        @Override
        public String includeEvent(Context context, String include, String current, String directive) {
            String[] stack = ((InternalContextAdapter) context).getTemplateNameStack();
            if (stack.length >= MAX_PARSE_DEPTH) {
                throw new TooDeep("#" + directive + "(\"" + include + "\") in " + current + ", inside "
                        + String.join(" < ", stack));
            }
            return include;
        }
    }

    private static HtmlOptions htmlOptions(ExportOptions options) throws ExportException {
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

    private static RuntimeInstance overrideEngine(Path folder) throws ExportException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw Failures.of(Failures.NO_TEMPLATE_FOLDER, "the template folder " + dir
                    + (Files.exists(dir) ? " is not a folder" : " does not exist")
                    + "; give a folder holding templates such as style.vm or forum-row.vm", null);
        }
        return engine(Optional.of(dir));
    }

    /**
     * A sandboxed, strict engine over the built-in templates, with an override folder searched first, and with
     * the escaping and the depth check attached as the engine's own event handlers.
     *
     * <p>A {@link RuntimeInstance} rather than a {@code VelocityEngine} (which wraps one) because only it gives
     * access to the engine's event cartridge. A cartridge attached to each render's context instead costs a
     * synchronized {@link EventCartridge#setRuntimeServices} call on every value a template inserts.
     *
     * @param overrides the override folder, if any
     * @return the initialised engine
     */
    static RuntimeInstance engine(Optional<Path> overrides) {
        RuntimeInstance engine = new RuntimeInstance();
        String prefix = RuntimeConstants.RESOURCE_LOADER + ".";
        if (overrides.isPresent()) {
            engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "override,builtin");
            engine.setProperty(prefix + "override." + RuntimeConstants.RESOURCE_LOADER_INSTANCE,
                    new DirectoryTemplateLoader(overrides.get()));
            // the engine lives for one render: each template is read once per render
            engine.setProperty(prefix + "override." + RuntimeConstants.RESOURCE_LOADER_CACHE, "true");
            engine.setProperty(prefix + "override." + RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL, "0");
        } else {
            engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "builtin");
        }
        engine.setProperty(prefix + "builtin." + RuntimeConstants.RESOURCE_LOADER_INSTANCE, new BuiltInTemplateLoader());
        engine.setProperty(prefix + "builtin." + RuntimeConstants.RESOURCE_LOADER_CACHE, "true");
        engine.setProperty(prefix + "builtin." + RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL, "0");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.STRICT_MATH, "true");
        // no depth check of Velocity's own: ParseDepth fails a #parse at MAX_PARSE_DEPTH before Velocity's check
        // would run, which only copies the template stack again on every #parse
        engine.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "0");
        // the templates are few and never change while the engine lives: an unbounded cache, read without a lock
        // (Velocity's default is a synchronized LRU map, locked and reordered on every #parse)
        engine.setProperty(RuntimeConstants.RESOURCE_MANAGER_DEFAULTCACHE_SIZE, "0");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        engine.setProperty(RuntimeConstants.VM_LIBRARY, TemplateNames.MACROS);
        engine.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "true");
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.setProperty("runtime.log.log_invalid_references", "false");
        engine.init();
        EventCartridge cartridge = engine.getApplicationEventCartridge();
        cartridge.addReferenceInsertionEventHandler(HtmlEscaper.INSTANCE);
        cartridge.addIncludeEventHandler(ParseDepth.INSTANCE);
        return engine;
    }
}
