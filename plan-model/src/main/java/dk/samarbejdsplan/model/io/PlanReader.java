package dk.samarbejdsplan.model.io;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.io.internal.Decoding;
import dk.samarbejdsplan.model.io.internal.DocumentLocations;
import dk.samarbejdsplan.model.io.internal.JacksonFactories;
import dk.samarbejdsplan.model.io.internal.PlanMapper;
import dk.samarbejdsplan.model.io.internal.ReadProblems;
import dk.samarbejdsplan.model.io.internal.SyntaxMessages;
import dk.samarbejdsplan.model.io.internal.Tree;
import dk.samarbejdsplan.model.io.internal.TreeReader;
import dk.samarbejdsplan.model.io.internal.WholeCodePointReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads plan files (<i>planfiler</i>), YAML or JSON, into a {@link PlanDocument}: the plan and where each of
 * its elements was written.
 *
 * <p>Every problem is reported as a {@link PlanProblem} with a stable code, the file, line and column, the plan
 * path ({@code categories[3].forums[2].frequency}) and what was expected, in Danish and English; all problems
 * of a document are collected in one pass and thrown together as a {@link PlanReadException}. A syntax error
 * stops the reading. No parser exception or stack trace reaches the caller.
 *
 * <p>Immutable and thread-safe: create one with {@link #create()} and use it from any thread; the Jackson
 * factories are built once.
 *
 * <h2>Limits</h2>
 * Plan files come from people and other systems, so the reader refuses input that would cost unreasonable
 * time or memory, with a clear problem each:
 * <ul>
 * <li>{@link #MAX_DOCUMENT_LENGTH}: the document's length in bytes (files, streams) or characters (strings)
 *     ({@link PlanProblem#DOCUMENT_TOO_LARGE}), and {@link #MAX_ELEMENTS} values, lists and mappings in
 *     it (the same problem). A plan with 100 000 forums still fits.</li>
 * <li>{@link #MAX_STRING_LENGTH}: one text value ({@link PlanProblem#VALUE_TOO_LONG}); also
 *     {@link #MAX_KEY_LENGTH} for keys and {@link #MAX_NUMBER_LENGTH} for numbers.</li>
 * <li>{@link #MAX_NESTING_DEPTH}: lists and mappings inside each other ({@link PlanProblem#NESTING_TOO_DEEP}).</li>
 * <li>{@link #MAX_ALIASES} YAML aliases ({@code *name}) per document, which together may add at most
 *     {@link #MAX_ALIAS_EXPANSION} elements and {@link #MAX_ALIAS_CHARACTERS} characters of text (keys and
 *     values): "billion laughs" alias bombs, and one large anchor aliased many times, are refused
 *     ({@link PlanProblem#TOO_MANY_ALIASES}).</li>
 * <li>Explicit YAML tags other than the standard {@code !!str}, {@code !!int}, {@code !!float},
 *     {@code !!bool}, {@code !!null}, {@code !!map}, {@code !!seq} are refused
 *     ({@link PlanProblem#TAG_NOT_ALLOWED}); the reader never constructs objects from tags in any case.</li>
 * <li>At most {@link #MAX_PROBLEMS} problems are listed; the rest are counted.</li>
 * </ul>
 *
 * <h2>Memory</h2>
 * While it reads, the reader holds the document's text (its bytes only until they are decoded) and about
 * 35 bytes for each value, list and mapping in it, plus the plan being built. The {@link PlanDocument} it
 * returns holds the plan and, for its {@link SourceMap}, about 20 bytes for each element of the file (line,
 * column and structure, no text): a plan of 100 000 forums takes about 60 MB in all, so it can be read,
 * validated and exported with a heap of 256 MB.
 *
 * <h2>Text</h2>
 * Files are UTF-8, with or without a byte order mark; CRLF, LF and mixed line ends are all read. Other
 * encodings are refused ({@link PlanProblem#INVALID_ENCODING}) rather than guessed.
 */
public final class PlanReader {
    /**
     * The longest document read: {@value} bytes (files, streams) or characters (strings), about 48 MB; room
     * for a plan of 100 000 forums of 480 bytes each in either format (a forum with a name, a topic, two
     * representatives and a frequency takes about 220 bytes in YAML and 300 in JSON as {@link PlanWriter}
     * writes it; the 2007 plan, 35 forums with long texts, is about 26 kB). A 50 MB file is refused.
     */
    public static final int MAX_DOCUMENT_LENGTH = 48_000_000;
    /**
     * The most elements (values, lists and mappings) in one document: {@value}; a plan of 100 000 forums has
     * about a million.
     */
    public static final int MAX_ELEMENTS = 4_000_000;
    /** The longest text value: {@value} characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest key: {@value} characters. */
    public static final int MAX_KEY_LENGTH = 1_000;
    /** The longest number: {@value} characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The deepest nesting of lists and mappings: {@value} levels (a plan needs 9). */
    public static final int MAX_NESTING_DEPTH = 100;
    /** The most YAML aliases ({@code *name}) in one document: {@value}. */
    public static final int MAX_ALIASES = 50;
    /** The most elements the YAML aliases of one document may add in all: {@value}. */
    public static final int MAX_ALIAS_EXPANSION = 100_000;
    /**
     * The most characters of text (values and keys) the YAML aliases of one document may add in all:
     * {@value}, as much as one {@linkplain #MAX_STRING_LENGTH longest text}. A 1 MB anchor aliased twice is
     * refused; without this limit one aliased 49 times turned a 1 MB plan into a 191 MB publication.
     */
    public static final int MAX_ALIAS_CHARACTERS = 1_000_000;
    /** The most problems listed; more are counted in a last problem {@link PlanProblem#TOO_MANY_PROBLEMS}. */
    public static final int MAX_PROBLEMS = 200;

    private static final PlanReader INSTANCE = new PlanReader();

    private final JacksonFactories.Reading factories;

    private PlanReader() {
        this.factories = JacksonFactories.reading(new JacksonFactories.Limits(MAX_DOCUMENT_LENGTH,
                MAX_STRING_LENGTH, MAX_KEY_LENGTH, MAX_NUMBER_LENGTH, MAX_NESTING_DEPTH, MAX_ALIASES));
    }

    /**
     * The reader.
     *
     * @return a reader (shared; it is immutable and thread-safe)
     */
    public static PlanReader create() {
        return INSTANCE;
    }

    /**
     * Reads a plan file; the format comes from the extension ({@code .yaml}, {@code .yml} or {@code .json},
     * ignoring case). The source name in messages is the path as given.
     *
     * @param file the file
     * @return the plan and its source map
     * @throws PlanReadException if the file is missing, unreadable, of another type, too large, or not a
     *         well-formed plan; every problem found is listed
     */
    public PlanDocument read(Path file) throws PlanReadException {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        ReadProblems problems = new ReadProblems(source, MAX_PROBLEMS);
        Optional<PlanFormat> format = PlanFormat.ofFile(file);
        if (format.isEmpty()) {
            Path name = file.getFileName();
            String fileName = name == null ? source : name.toString();
            int dot = fileName.lastIndexOf('.');
            String extension = dot < 0 ? "" : fileName.substring(dot);
            problems.add(PlanProblem.UNSUPPORTED_FILE_TYPE, "", null,
                    (extension.isEmpty() ? "filnavnet har ingen filtype" : "filtypen \"" + extension
                            + "\" kendes ikke") + "; en planfil skal hedde *.yaml, *.yml eller *.json",
                    (extension.isEmpty() ? "the file name has no extension" : "the file type \"" + extension
                            + "\" is not known") + "; a plan file must be named *.yaml, *.yml or *.json");
            throw new PlanReadException(problems.toList());
        }
        if (Files.isDirectory(file)) {
            problems.add(PlanProblem.FILE_UNREADABLE, "", null, "er en mappe, ikke en fil",
                    "is a folder, not a file");
            throw new PlanReadException(problems.toList());
        }
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_LENGTH) {
                tooLarge(problems, size + " bytes");
                throw new PlanReadException(problems.toList());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, problems, format.get());
            }
        } catch (NoSuchFileException e) {
            problems.add(PlanProblem.FILE_NOT_FOUND, "", null, "filen findes ikke", "the file does not exist");
        } catch (AccessDeniedException e) {
            problems.add(PlanProblem.FILE_UNREADABLE, "", null, "filen kan ikke læses: adgang nægtet",
                    "the file cannot be read: access denied");
        } catch (IOException e) {
            unreadable(problems, e);
        }
        throw new PlanReadException(problems.toList());
    }

    /**
     * Reads a plan from a stream of UTF-8 bytes; the stream is read to its end (at most
     * {@link #MAX_DOCUMENT_LENGTH} bytes) and not closed.
     *
     * @param in the bytes
     * @param sourceName the name to give in messages and in the {@link PlanDocument}, for example a file name
     * @param format YAML or JSON
     * @return the plan and its source map
     * @throws PlanReadException if the bytes cannot be read or are not a well-formed plan
     */
    public PlanDocument read(InputStream in, String sourceName, PlanFormat format) throws PlanReadException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        return read(in, new ReadProblems(Objects.requireNonNull(sourceName, "sourceName"), MAX_PROBLEMS), format);
    }

    /**
     * Reads a plan from text.
     *
     * @param content the document (a leading byte order mark is ignored)
     * @param sourceName the name to give in messages and in the {@link PlanDocument}
     * @param format YAML or JSON
     * @return the plan and its source map
     * @throws PlanReadException if the text is not a well-formed plan
     */
    public PlanDocument read(String content, String sourceName, PlanFormat format) throws PlanReadException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        ReadProblems problems = new ReadProblems(Objects.requireNonNull(sourceName, "sourceName"), MAX_PROBLEMS);
        if (content.length() > MAX_DOCUMENT_LENGTH) {
            tooLarge(problems, content.length() + " tegn", content.length() + " characters");
            throw new PlanReadException(problems.toList());
        }
        return parse(content.startsWith("\uFEFF") ? content.substring(1) : content, problems, format);
    }

    /** Reads the stream's bytes (a failure to read them is a problem) and the plan in them. */
    private PlanDocument read(InputStream in, ReadProblems problems, PlanFormat format) throws PlanReadException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_DOCUMENT_LENGTH + 1);
        } catch (IOException e) {
            unreadable(problems, e);
            throw new PlanReadException(problems.toList());
        }
        if (bytes.length > MAX_DOCUMENT_LENGTH) {
            tooLarge(problems, "mere end " + MAX_DOCUMENT_LENGTH + " bytes", "more than " + MAX_DOCUMENT_LENGTH
                    + " bytes");
            throw new PlanReadException(problems.toList());
        }
        String text;
        try {
            text = Decoding.utf8(bytes, problems);
        } catch (ReadProblems.Stop stop) {
            throw new PlanReadException(problems.toList());
        }
        bytes = null; // let the bytes go while the text is parsed
        Tree tree = tree(text, problems, format);
        text = null; // and the text while the tree is mapped
        return document(tree, problems);
    }

    private PlanDocument parse(String text, ReadProblems problems, PlanFormat format) throws PlanReadException {
        return document(tree(text, problems, format), problems);
    }

    /** Parses the text into the document's values; a document with nothing in it is a problem. */
    private Tree tree(String text, ReadProblems problems, PlanFormat format) throws PlanReadException {
        Optional<Tree> tree;
        JsonParser parser = null;
        try {
            parser = format == PlanFormat.YAML
                    ? factories.yaml().createParser(factories.context(), new WholeCodePointReader(text))
                    : factories.json().createParser(factories.context(), text);
            tree = new TreeReader(parser, problems, MAX_ALIASES, MAX_ALIAS_EXPANSION,
                    MAX_ALIAS_CHARACTERS, MAX_ELEMENTS,
                    text.length()).read();
        } catch (ReadProblems.Stop stop) {
            throw new PlanReadException(problems.toList());
        } catch (JacksonException e) {
            translate(e, parser, text, problems, format);
            throw new PlanReadException(problems.toList());
        } catch (RuntimeException e) {
            // a parser failure Jackson did not wrap: still a problem of the input, never a stack trace
            problems.add(PlanProblem.SYNTAX_ERROR, "", null,
                    "filen kunne ikke læses som " + format + "; tjek filen omkring fejlen",
                    "the file could not be read as " + format + ": " + e);
            throw new PlanReadException(problems.toList());
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (RuntimeException ignored) {
                    // closing a string reader cannot fail in a way that matters
                }
            }
        }
        if (tree.isEmpty()) {
            problems.add(PlanProblem.EMPTY_DOCUMENT, "", new SourceLocation(problems.source(), 1, 1),
                    "filen er tom; en plan skal mindst have district og year",
                    "the file is empty; a plan needs at least district and year");
            throw new PlanReadException(problems.toList());
        }
        return tree.get();
    }

    /**
     * Maps the values to the plan and keeps only their compact location index: the tree (and with it every
     * text of the document not in the plan) can be collected once this returns.
     */
    private static PlanDocument document(Tree tree, ReadProblems problems) throws PlanReadException {
        PlanMapper mapper = new PlanMapper(problems);
        Optional<CooperationPlan> plan = mapper.map(tree.node(0));
        if (plan.isEmpty() || !problems.isEmpty()) {
            throw new PlanReadException(problems.toList());
        }
        DocumentLocations locations = tree.locations();
        return new PlanDocument(plan.get(), problems.source(), SourceMap.lazy(locations::find, locations::all));
    }

    private static void translate(JacksonException e, JsonParser parser, String text, ReadProblems problems,
            PlanFormat format) {
        SourceLocation where = location(e.getLocation(), problems.source());
        if (where == null && parser != null) {
            where = location(parser.currentLocation(), problems.source());
        }
        String original = Optional.ofNullable(e.getOriginalMessage()).orElse(e.getClass().getSimpleName());
        if (e instanceof StreamConstraintsException) {
            if (original.contains("getMaxDocumentLength")) {
                tooLarge(problems, "mere end " + MAX_DOCUMENT_LENGTH + " tegn",
                        "more than " + MAX_DOCUMENT_LENGTH + " characters");
            } else if (original.contains("getMaxNestingDepth")) {
                problems.add(PlanProblem.NESTING_TOO_DEEP, "", where,
                        "lister og nøgler er indlejret i mere end " + MAX_NESTING_DEPTH + " niveauer",
                        "lists and mappings are nested more than " + MAX_NESTING_DEPTH + " levels deep");
            } else if (original.contains("getMaxNameLength")) {
                problems.add(PlanProblem.VALUE_TOO_LONG, "", where,
                        "en nøgle er længere end " + MAX_KEY_LENGTH + " tegn",
                        "a key is longer than " + MAX_KEY_LENGTH + " characters");
            } else if (original.contains("getMaxNumberLength")) {
                problems.add(PlanProblem.VALUE_TOO_LONG, "", where,
                        "et tal er længere end " + MAX_NUMBER_LENGTH + " tegn",
                        "a number is longer than " + MAX_NUMBER_LENGTH + " characters");
            } else {
                problems.add(PlanProblem.VALUE_TOO_LONG, "", where,
                        "en tekst er længere end " + MAX_STRING_LENGTH + " tegn (højst ca. 1 MB pr. tekst)",
                        "a text is longer than " + MAX_STRING_LENGTH + " characters (about 1 MB per text at most)");
            }
            return;
        }
        if (e instanceof JacksonIOException) {
            problems.add(PlanProblem.FILE_UNREADABLE, "", null, "filen kan ikke læses: " + original,
                    "the file cannot be read: " + original);
            return;
        }
        if (e.getCause() instanceof ReaderException reader) {
            // a character YAML does not allow in a file (control characters, U+FFFE, ...)
            int index = text.offsetByCodePoints(0, Math.min(reader.getPosition(), text.codePointCount(0,
                    text.length())));
            where = Decoding.locationAt(text, index, problems.source());
            String character = String.format(Locale.ROOT, "U+%04X", reader.getCodePoint());
            problems.add(PlanProblem.SYNTAX_ERROR, "", where,
                    "ugyldig YAML: tegnet " + character + " må ikke stå i en YAML-fil; skriv det som escape (fx "
                            + "\\u0000) inde i \"dobbelte anførselstegn\", eller fjern det",
                    "invalid YAML: the character " + character + " is not allowed in a YAML file; write it as an "
                            + "escape (e.g. \\u0000) inside \"double quotes\", or remove it");
            return;
        }
        SyntaxMessages.Syntax syntax = e.getCause() instanceof MarkedYamlEngineException yaml
                ? SyntaxMessages.yaml(yaml, text, problems.source())
                : format == PlanFormat.YAML ? SyntaxMessages.otherYaml(original, where)
                        : SyntaxMessages.json(original, where);
        problems.add(PlanProblem.SYNTAX_ERROR, "", syntax.location() != null ? syntax.location() : where,
                syntax.da(), syntax.en());
    }

    private static SourceLocation location(TokenStreamLocation l, String source) {
        if (l == null || l.getLineNr() < 1) {
            return null;
        }
        return new SourceLocation(source, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static void tooLarge(ReadProblems problems, String size) {
        tooLarge(problems, size, size);
    }

    private static void tooLarge(ReadProblems problems, String sizeDa, String sizeEn) {
        problems.add(PlanProblem.DOCUMENT_TOO_LARGE, "", null,
                "filen er for stor (" + sizeDa + "); en planfil må højst fylde " + MAX_DOCUMENT_LENGTH + " bytes",
                "the file is too large (" + sizeEn + "); a plan file may hold at most " + MAX_DOCUMENT_LENGTH
                        + " bytes");
    }

    private static void unreadable(ReadProblems problems, IOException e) {
        String reason = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        problems.add(PlanProblem.FILE_UNREADABLE, "", null, "filen kan ikke læses: " + reason,
                "the file cannot be read: " + reason);
    }
}
