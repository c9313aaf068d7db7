package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.Language;

/** Small text helpers for problem messages. */
final class Texts {
    private static final int MAX_QUOTED = 60;

    private Texts() {
    }

    /**
     * A user's text in quotes, shortened and with line breaks and control characters made visible, so a
     * message stays one readable line.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < text.length() && shown < MAX_QUOTED; i++, shown++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '"':
                    out.append("\\\"");
                    break;
                default:
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        if (text.length() > MAX_QUOTED) {
            out.append('…');
        }
        return out.append('"').toString();
    }

    /** What a node is, in words: "a list", "the text "x"", "the number 4", "no value". */
    static String found(Node node, Language language) {
        boolean da = language == Language.DA;
        if (node instanceof Node.MapNode) {
            return da ? "nøgler med værdier" : "keys with values";
        }
        if (node instanceof Node.ListNode) {
            return da ? "en liste" : "a list";
        }
        Node.ScalarNode s = (Node.ScalarNode) node;
        switch (s.type()) {
            case STRING:
                return (da ? "teksten " : "the text ") + quote(s.text());
            case INTEGER:
            case FLOAT:
                return (da ? "tallet " : "the number ") + quote(s.text());
            case BOOLEAN:
                return (da ? "sandhedsværdien " : "the boolean ") + s.text();
            default:
                return da ? "ingen værdi" : "no value";
        }
    }
}
