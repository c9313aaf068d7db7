package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.ExportException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;

/**
 * The HTML exporter's diagnostics, each with a stable code: a failure is an {@link ExportException} naming the
 * exporter, whose message starts with the code ({@code EXP-HTML-011: ...}) and whose cause is the underlying
 * error.
 */
final class Failures {
    /** A string parameter has a value the exporter does not understand. */
    static final String BAD_PARAMETER = "EXP-HTML-002";
    /** The template folder does not exist or is not a folder. */
    static final String NO_TEMPLATE_FOLDER = "EXP-HTML-003";
    /** A related file's link is empty or uses a scheme other than http/https. */
    static final String BAD_LINK = "EXP-HTML-004";
    /** A template is not valid Velocity. */
    static final String TEMPLATE_SYNTAX = "EXP-HTML-010";
    /** A template refers to something that does not exist (strict mode). */
    static final String UNKNOWN_REFERENCE = "EXP-HTML-011";
    /** A template tried something the sandbox forbids (reflection, class loading, system access). */
    static final String SANDBOX = "EXP-HTML-012";
    /** A template parses or includes a template that does not exist. */
    static final String TEMPLATE_NOT_FOUND = "EXP-HTML-013";
    /** A template failed in another way. */
    static final String TEMPLATE_FAILED = "EXP-HTML-014";

    /** Classes and packages a template may never call into: Velocity's restricted lists. */
    private static final List<String> RESTRICTED = List.of("java.lang.Class", "java.lang.ClassLoader",
            "java.lang.Compiler", "java.lang.InheritableThreadLocal", "java.lang.Package", "java.lang.Process",
            "java.lang.ProcessBuilder", "java.lang.Runtime", "java.lang.RuntimePermission",
            "java.lang.SecurityManager", "java.lang.System", "java.lang.Thread", "java.lang.ThreadGroup",
            "java.lang.ThreadLocal", "java.net.Socket", "javax.management.MBeanServer",
            "javax.script.ScriptEngine");
    private static final Pattern OBJECT = Pattern.compile("Object '([^']+)' does not contain (?:property|method) (.+?)(?: at \\S+\\[line \\d+, column \\d+\\])?$");
    private static final Pattern UNSET = Pattern.compile("Variable (\\$\\S+) has not been set");
    private static final Pattern NULL = Pattern.compile("Reference (\\S+) evaluated to null");
    private static final Pattern WHERE = Pattern.compile(" at (\\S+)\\[line (\\d+), column (\\d+)\\]");

    private Failures() {
    }

    /**
     * A failure.
     *
     * @param code the diagnostic code
     * @param message what went wrong and what to do
     * @param cause the underlying error, or {@code null}
     * @return the exception to throw
     */
    static ExportException of(String code, String message, Throwable cause) {
        return new ExportException(HtmlExporter.ID, code + ": " + message, cause);
    }

    /**
     * Explains a Velocity failure in words, with the template, line and column.
     *
     * @param e the failure
     * @param templateSource where the templates came from, for the message
     * @return the exception to throw
     */
    static ExportException ofTemplate(VelocityException failure, String templateSource) {
        VelocityException e = failure;
        // a broken macro library or parsed template is reported by the innermost Velocity error
        for (Throwable c = failure.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof ParseErrorException || c instanceof MethodInvocationException) {
                e = (VelocityException) c;
            }
        }
        String raw = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String where = where(e, raw);
        if (e instanceof ResourceNotFoundException) {
            return of(TEMPLATE_NOT_FOUND, "a template asks for a template that does not exist (" + raw
                    + "); the templates come from " + templateSource + ". Template names are plain file names"
                    + " such as header.vm, without folders", e);
        }
        if (e instanceof ParseErrorException) {
            return of(TEMPLATE_SYNTAX, where + " is not valid Velocity: " + strip(raw) + " (templates come from "
                    + templateSource + ")", e);
        }
        Matcher m = OBJECT.matcher(raw);
        if (m.find()) {
            String type = m.group(1);
            String member = m.group(2);
            if (restricted(type)) {
                return of(SANDBOX, where + " tries to use " + member + " of " + type
                        + ", which the template sandbox forbids: templates may not use reflection, load classes"
                        + " or reach the system. Use only the values of $plan and $t", e);
            }
            return of(UNKNOWN_REFERENCE, where + " refers to " + member + ", which does not exist on "
                    + simpleName(type) + " (strict mode: check the spelling; the objects a template can use are"
                    + " listed in the README)", e);
        }
        Matcher unset = UNSET.matcher(raw);
        if (unset.find()) {
            return of(UNKNOWN_REFERENCE, where + " refers to " + unset.group(1) + ", which is not set (strict mode:"
                    + " a template can use $plan, $t and the variables it sets itself, such as a #foreach"
                    + " variable)", e);
        }
        Matcher isNull = NULL.matcher(raw);
        if (isNull.find()) {
            return of(UNKNOWN_REFERENCE, where + " refers to " + isNull.group(1) + ", which has no value (strict"
                    + " mode: check the spelling; the names a template can use are listed in the README)", e);
        }
        return of(TEMPLATE_FAILED, where + " failed: " + strip(raw), e);
    }

    private static String where(VelocityException e, String raw) {
        String template = null;
        int line = 0;
        int column = 0;
        if (e instanceof MethodInvocationException) {
            MethodInvocationException mie = (MethodInvocationException) e;
            template = mie.getTemplateName();
            line = mie.getLineNumber();
            column = mie.getColumnNumber();
        } else if (e instanceof ParseErrorException) {
            ParseErrorException pe = (ParseErrorException) e;
            template = pe.getTemplateName();
            line = pe.getLineNumber();
            column = pe.getColumnNumber();
        }
        if (template == null) {
            Matcher m = WHERE.matcher(raw);
            if (m.find()) {
                template = m.group(1);
                line = Integer.parseInt(m.group(2));
                column = Integer.parseInt(m.group(3));
            }
        }
        if (template == null) {
            return "a template";
        }
        return "the template '" + template + "'" + (line > 0 ? " (line " + line + ", column " + column + ")" : "");
    }

    private static String strip(String raw) {
        return WHERE.matcher(raw).replaceAll("").strip();
    }

    private static boolean restricted(String type) {
        return RESTRICTED.contains(type) || type.startsWith("java.lang.reflect.")
                || type.startsWith("java.lang.invoke.");
    }

    private static String simpleName(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        simple = simple.substring(simple.lastIndexOf('$') + 1);
        switch (simple) {
            case "PlanView": return "$plan";
            case "SectionView": return "a section";
            case "CategoryView": return "a category";
            case "ForumView": return "a forum";
            case "LocalUnitView": return "a local unit";
            case "MeetingView": return "a meeting";
            case "DateView": return "a date";
            case "LinkView": return "a link";
            case "DownloadView": return "a download";
            case "MeetingsPictureView": return "the meetings picture";
            case "Month": return "a month of the meetings picture";
            case "ForumLine": return "a forum's line of the meetings picture";
            case "UnitLine": return "a local unit's line of the meetings picture";
            case "Mark": return "a meeting's mark";
            default: return type;
        }
    }
}
