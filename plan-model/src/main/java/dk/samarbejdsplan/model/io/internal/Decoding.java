package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.io.PlanProblem;
import dk.samarbejdsplan.model.io.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 decoding of a plan file, with a clear problem for other encodings. */
public final class Decoding {
    private Decoding() {
    }

    /**
     * Decodes UTF-8, dropping a byte order mark.
     *
     * @param bytes the file's bytes
     * @param problems where to report an encoding problem
     * @return the text
     * @throws ReadProblems.Stop if the bytes are not UTF-8 (the problem names line, column and byte)
     */
    public static String utf8(byte[] bytes, ReadProblems problems) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            problems.add(PlanProblem.INVALID_ENCODING, "", new SourceLocation(problems.source(), 1, 1),
                    "filen er gemt som UTF-16; gem den som UTF-8",
                    "the file is saved as UTF-16; save it as UTF-8");
            throw new ReadProblems.Stop();
        }
        // check strictly in small steps (no copy of the whole text), then decode in one go: a 30 MB file costs
        // its bytes and one string, not a char[] of twice its size as well
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
            String hex = String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF);
            problems.add(PlanProblem.INVALID_ENCODING, "", locationAt(before, before.length(), problems.source()),
                    "ugyldig UTF-8 (byten " + hex + " ved byte-offset " + offset + "). Filen er nok gemt i en anden "
                            + "tegnkodning, fx Windows-1252; gem den som UTF-8",
                    "invalid UTF-8 (the byte " + hex + " at byte offset " + offset + "). The file is probably saved in "
                            + "another encoding, such as Windows-1252; save it as UTF-8");
            throw new ReadProblems.Stop();
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
        return bom ? new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                : new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The 1-based line and column of a character index in a file's text, counting CRLF, LF and CR as line ends
     * and a character outside the BMP (a surrogate pair) as one column.
     *
     * @param text the text
     * @param index the character index (at most the text's length)
     * @param source the source name
     * @return the location
     */
    public static SourceLocation locationAt(String text, int index, String source) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourceLocation(source, line, column);
    }
}
