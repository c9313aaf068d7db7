package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.diff.PlanDiff;
import dk.samarbejdsplan.model.diff.PlanDiff.FieldChange;
import dk.samarbejdsplan.model.diff.PlanDiff.ForumChange;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/** Writes a {@link PlanDiff} as text, HTML or JSON, in the console's language. */
final class DiffRenderer {
    private static final Pattern LOCAL_UNIT = Pattern.compile("localUnits\\[(\\d+)\\]\\.(\\w+)");
    private static final Pattern SECTION = Pattern.compile("sections\\[(\\d+)\\]\\.(\\w+)");
    private static final Pattern CATEGORY = Pattern.compile("categories\\[([^\\]]+)\\]");
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** Two-space indentation, {@code "\n"} line ends, whatever the platform. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        private final DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return printer.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private final Console console;
    private final CooperationPlan oldPlan;
    private final CooperationPlan newPlan;

    DiffRenderer(Console console, CooperationPlan oldPlan, CooperationPlan newPlan) {
        this.console = console;
        this.oldPlan = oldPlan;
        this.newPlan = newPlan;
    }

    /** The field's name in words: "Emne", "Lokalråd i Greve (253): møder", "Afsnit 2: tekst". */
    String label(String field) {
        Matcher m = LOCAL_UNIT.matcher(field);
        if (m.matches()) {
            String code = m.group(1);
            String name = municipalityName(code);
            return console.text("diff.field.localUnit", name, code, console.text("diff.field.localUnit." + m.group(2)));
        }
        m = SECTION.matcher(field);
        if (m.matches()) {
            return console.text("diff.field.section", Integer.parseInt(m.group(1)) + 1,
                    console.text("diff.field.section." + m.group(2)));
        }
        m = CATEGORY.matcher(field);
        if (m.matches()) {
            return console.text("diff.field.categoryHeading", m.group(1));
        }
        try {
            return console.text("diff.field." + field);
        } catch (java.util.MissingResourceException e) {
            return field; // a field this version has no label for: its name in the plan file
        }
    }

    /** A value as people read it: the plan status in words of the console's language, anything else as is. */
    private String shown(String field, String value) {
        if (field.equals("status")) {
            try {
                return console.text("diff.status." + value.toLowerCase(Locale.ROOT));
            } catch (java.util.MissingResourceException e) {
                return value;
            }
        }
        return value;
    }

    private String municipalityName(String code) {
        return java.util.stream.Stream.concat(newPlan.forums(), oldPlan.forums())
                .flatMap(f -> f.localUnits().stream())
                .filter(u -> u.municipality().code().equals(code))
                .map(u -> u.municipality().name())
                .findFirst().orElse(code);
    }

    void text(PlanDiff diff, Writer out) throws IOException {
        out.write(console.text("diff.title", oldPlan.title(), newPlan.title()) + "\n\n");
        if (diff.isEmpty()) {
            out.write(console.text("diff.none") + "\n");
            return;
        }
        if (!diff.planChanges().isEmpty()) {
            out.write(console.text("diff.planChanges") + "\n");
            for (FieldChange change : diff.planChanges()) {
                writeChange(out, change, "  ");
            }
            out.write("\n");
        }
        for (ForumChange forum : diff.forums()) {
            out.write(console.text("diff.forum." + forum.kind().name().toLowerCase(Locale.ROOT), forum.name(),
                    forum.forumId()) + "\n");
            for (FieldChange change : forum.changes()) {
                writeChange(out, change, "  ");
            }
        }
    }

    private void writeChange(Writer out, FieldChange change, String indent) throws IOException {
        out.write(indent + label(change.field()) + ": " + value(change.field(), change.oldValue()) + " \u2192 "
                + value(change.field(), change.newValue()) + "\n");
    }

    private String value(String field, Optional<String> value) {
        return value.map(v -> "\u201c" + shown(field, v).replace("\n", " ") + "\u201d")
                .orElse(console.text("diff.empty"));
    }

    void html(PlanDiff diff, Writer out) throws IOException {
        String lang = console.language().tag();
        String title = console.text("diff.title", oldPlan.title(), newPlan.title());
        out.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + escape(title) + "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:60rem;"
                + "margin:1rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%}"
                + "th,td{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top}"
                + "del{color:#8b0000}ins{color:#004d00}</style>\n</head>\n<body>\n<main>\n<h1>" + escape(title)
                + "</h1>\n");
        if (diff.isEmpty()) {
            out.write("<p>" + escape(console.text("diff.none")) + "</p>\n");
        }
        if (!diff.planChanges().isEmpty()) {
            out.write("<h2>" + escape(console.text("diff.planChanges")) + "</h2>\n");
            table(out, console.text("diff.planChanges"), diff.planChanges());
        }
        for (ForumChange forum : diff.forums()) {
            out.write("<h2>" + escape(console.text("diff.forum." + forum.kind().name().toLowerCase(Locale.ROOT),
                    forum.name(), forum.forumId())) + "</h2>\n");
            if (!forum.changes().isEmpty()) {
                table(out, forum.name(), forum.changes());
            }
        }
        out.write("</main>\n</body>\n</html>\n");
    }

    private void table(Writer out, String caption, List<FieldChange> changes) throws IOException {
        out.write("<table>\n<caption>" + escape(caption) + "</caption>\n<thead><tr><th scope=\"col\">"
                + escape(console.text("diff.column.field")) + "</th><th scope=\"col\">"
                + escape(console.text("diff.column.old")) + "</th><th scope=\"col\">"
                + escape(console.text("diff.column.new")) + "</th></tr></thead>\n<tbody>\n");
        for (FieldChange change : changes) {
            out.write("<tr><th scope=\"row\">" + escape(label(change.field())) + "</th><td>"
                    + change.oldValue().map(v -> "<del>" + escape(shown(change.field(), v)) + "</del>").orElse(escape(console.text("diff.empty")))
                    + "</td><td>"
                    + change.newValue().map(v -> "<ins>" + escape(shown(change.field(), v)) + "</ins>").orElse(escape(console.text("diff.empty")))
                    + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    void json(PlanDiff diff, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(PRETTY, new NonClosingWriter(out))) {
            g.writeStartObject();
            g.writeStringProperty("old", oldPlan.title());
            g.writeStringProperty("new", newPlan.title());
            g.writeName("planChanges");
            writeChanges(g, diff.planChanges());
            g.writeArrayPropertyStart("forums");
            for (ForumChange forum : diff.forums()) {
                g.writeStartObject();
                g.writeStringProperty("id", forum.forumId());
                g.writeStringProperty("name", forum.name());
                g.writeStringProperty("change", forum.kind().name().toLowerCase(Locale.ROOT));
                g.writeBooleanProperty("moved", forum.moved());
                g.writeName("fields");
                writeChanges(g, forum.changes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private void writeChanges(JsonGenerator g, List<FieldChange> changes) {
        g.writeStartArray();
        for (FieldChange change : changes) {
            g.writeStartObject();
            g.writeStringProperty("field", change.field());
            g.writeStringProperty("label", label(change.field()));
            if (change.oldValue().isPresent()) {
                g.writeStringProperty("old", change.oldValue().get());
            } else {
                g.writeNullProperty("old");
            }
            if (change.newValue().isPresent()) {
                g.writeStringProperty("new", change.newValue().get());
            } else {
                g.writeNullProperty("new");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    /** Lets the JSON generator close what it wraps without closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
