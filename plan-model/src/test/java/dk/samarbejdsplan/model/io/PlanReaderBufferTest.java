package dk.samarbejdsplan.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.model.CooperationPlan;
import org.junit.jupiter.api.Test;

/**
 * The YAML reader sizes its read buffer to the document (16 k, 64 k, 256 k or 1 M characters): documents
 * around those sizes, with a supplementary character (two chars) at and around the buffer's edge, read
 * exactly.
 */
class PlanReaderBufferTest {
    private static final String HEAD = "formatVersion: 1\ndistrict:\n  name: D\nyear: 2007\nsubtitle: \"";

    /** A plan file of exactly {@code length} characters, an emoji starting at {@code emojiAt} in the subtitle. */
    private static String document(int length, int emojiAt) {
        String tail = "\"\n";
        StringBuilder text = new StringBuilder(HEAD);
        while (text.length() < emojiAt) {
            text.append('x');
        }
        text.append("\uD83D\uDE00");
        while (text.length() < length - tail.length()) {
            text.append('y');
        }
        return text.append(tail).toString();
    }

    @Test
    void readsDocumentsAroundTheBufferSizes() throws PlanReadException {
        PlanReader reader = PlanReader.create();
        for (int size : new int[] {1 << 14, 1 << 16, 1 << 18}) {
            for (int length = size - 3; length <= size + 3; length++) {
                for (int emojiAt = length - 6; emojiAt <= length - 4; emojiAt++) {
                    check(reader, document(length, emojiAt));
                }
                for (int emojiAt = size - 3; emojiAt <= size + 1; emojiAt++) {
                    if (emojiAt + 4 < length) {
                        check(reader, document(length + 100, emojiAt));
                    }
                }
            }
        }
    }

    private static void check(PlanReader reader, String yaml) throws PlanReadException {
        String subtitle = yaml.substring(HEAD.length(), yaml.length() - 2);
        CooperationPlan plan = reader.read(yaml, "buffer.yaml", PlanFormat.YAML).plan();
        assertEquals(subtitle, plan.subtitle().orElseThrow(), "length " + yaml.length());
        CooperationPlan fromBytes = reader.read(new java.io.ByteArrayInputStream(
                yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "buffer.yaml", PlanFormat.YAML).plan();
        assertEquals(plan, fromBytes);
    }
}
