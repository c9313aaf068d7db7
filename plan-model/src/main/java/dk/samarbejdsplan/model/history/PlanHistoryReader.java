package dk.samarbejdsplan.model.history;

import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanProblem;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a folder of plan files into a {@link PlanHistory} (<i>planhistorik</i>).
 *
 * <p>Every file of the folder named {@code *.yaml}, {@code *.yml} or {@code *.json} (any name, any case of the
 * extension) is one plan; hidden files (names starting with {@code .}), other files and subfolders are left
 * alone. Each file is read with {@link PlanReader} and keeps its own source name (the folder joined with the
 * file name) and source map, so every later message names the file and line it is about. The files are read
 * in the order of their names; the problems of all of them are collected and thrown together.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanHistoryReader {
    /** {@value}: the folder holds no plan file. */
    public static final String NO_PLAN_FILES = "PLAN-HISTORY-001";
    /** {@value}: the folder does not exist, is not a folder, or cannot be listed. */
    public static final String NOT_A_FOLDER = "PLAN-HISTORY-002";

    private static final PlanHistoryReader INSTANCE = new PlanHistoryReader(PlanReader.create());

    private final PlanReader reader;

    private PlanHistoryReader(PlanReader reader) {
        this.reader = reader;
    }

    /** @return the reader (shared; immutable and thread-safe) */
    public static PlanHistoryReader create() {
        return INSTANCE;
    }

    /**
     * The plan files of a folder, in the order of their names.
     *
     * @param folder the folder
     * @return the files named {@code *.yaml}, {@code *.yml} or {@code *.json}, not hidden
     * @throws PlanReadException if the folder is missing or cannot be listed
     */
    public List<Path> planFiles(Path folder) throws PlanReadException {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new PlanReadException(problem(NOT_A_FOLDER, folder,
                    Files.exists(folder) ? "er ikke en mappe" : "mappen findes ikke",
                    Files.exists(folder) ? "is not a folder" : "the folder does not exist"));
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(PlanHistoryReader::isPlanFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new PlanReadException(problem(NOT_A_FOLDER, folder, "mappen kan ikke læses: " + e.getMessage(),
                    "the folder cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Reads every plan file of a folder.
     *
     * @param folder the folder
     * @return the history of the plans read
     * @throws PlanReadException if the folder is missing or holds no plan file, or any file cannot be read as a
     *         plan; the problems of every file are listed
     */
    public PlanHistory read(Path folder) throws PlanReadException {
        List<Path> files = planFiles(folder);
        if (files.isEmpty()) {
            throw new PlanReadException(problem(NO_PLAN_FILES, folder,
                    "mappen indeholder ingen planfiler (*.yaml, *.yml eller *.json)",
                    "the folder holds no plan files (*.yaml, *.yml or *.json)"));
        }
        List<PlanDocument> documents = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                documents.add(reader.read(file));
            } catch (PlanReadException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanReadException(problems);
        }
        return PlanHistory.of(documents);
    }

    private static boolean isPlanFile(Path path) {
        Path name = path.getFileName();
        return name != null && !name.toString().startsWith(".") && Files.isRegularFile(path)
                && PlanFormat.ofFile(path).isPresent();
    }

    private static PlanProblem problem(String code, Path folder, String da, String en) {
        return new PlanProblem(code, "", Optional.empty(), folder.toString(), da, en);
    }
}
