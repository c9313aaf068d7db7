package dk.samarbejdsplan.publication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces the content of a folder all or nothing: the new content is written into a staging folder first, and
 * only when all of it is there does it take the place of the old, so that no half publication is ever visible
 * under the final names and a failure leaves the folder exactly as it was.
 *
 * <ul>
 * <li>When the parent of the folder is writable (and on the same file system), the staging folder is a sibling,
 * {@code .samarbejdsplan-staging-<pid>-<random>-<name>}; the folders are then swapped with two renames: the old
 * folder becomes {@code .samarbejdsplan-old-<pid>-<random>-<name>} until the new one is in place (renamed back on
 * failure), then it is deleted. Other files in the folder (not written by the new content) are copied along.</li>
 * <li>When the parent is not writable but the folder is (a web root owned by another user, a volume mounted
 * under a read-only root, a mount point), the staging folder is {@code .samarbejdsplan-staging-<pid>-<random>}
 * inside the folder, and the new entries replace the old ones one rename at a time, each replaced entry moved
 * into {@code .samarbejdsplan-backup-<pid>-<random>} first; on any failure every entry is put back.</li>
 * </ul>
 *
 * <p>A process killed half-way leaves these folders behind; the next run for the same folder removes them (or,
 * for a folder swap or replacement cut off in the middle, puts the previous content back), once the process
 * that made them (its id is in the name) has ended. An entry of the new content may not replace a folder with a
 * file or a file with a folder ({@code PUB-018}): that is refused before anything changes.
 *
 * <p>Only {@link Path} and {@link Files} are used (never {@code java.io.File}), so any file system provider works.
 */
public final class AllOrNothing {
    /** The start of the name of every folder this class makes. */
    public static final String PREFIX = ".samarbejdsplan-";

    /** In a backup folder: the entries that did not exist before (deleted when a cut-off run is undone). */
    private static final String ADDED = PREFIX + "added";
    private static final Pattern OURS = Pattern.compile(Pattern.quote(PREFIX)
            + "(staging|old|backup)-([0-9]+)-([0-9a-z]+)(?:-(.*))?");
    /** The staging folders of this process in use now: never cleaned up as left over. */
    private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

    private AllOrNothing() {
    }

    /**
     * Deletes the staging folders of the replacements running in this JVM, for a shutdown hook when the process
     * ends in the middle of one (an exporter calling {@code System.exit}): the half-written new content is not
     * left beside or inside the folder. Backups and renamed-away old folders are left for the next run, which
     * puts them back.
     */
    public static void removeUnfinishedStaging() {
        for (Path staging : List.copyOf(IN_USE)) {
            if (staging.getFileName().toString().startsWith(PREFIX + "staging-")) {
                deleteQuietly(staging, FileOperations.system());
            }
        }
    }

    /**
     * Writes the new content of a folder.
     *
     * @param <T> what the writer returns
     */
    @FunctionalInterface
    public interface Content<T> {
        /**
         * Writes every entry of the new content.
         *
         * @param staging an empty folder, on the same file system as the target folder
         * @return anything, returned by {@link AllOrNothing#replace}
         * @throws IOException if writing fails (nothing is changed then)
         * @throws PublicationException if the content cannot be made (nothing is changed then)
         */
        T writeInto(Path staging) throws IOException, PublicationException;
    }

    /**
     * Replaces the content of a folder with what {@code content} writes, all or nothing, with the real file
     * system's operations.
     *
     * @param <T> what the writer returns
     * @param out the folder; made if missing (with its parents). Not normalised: {@code link/../x} means what
     *        the operating system means
     * @param content writes the new content into a staging folder
     * @return what {@code content} returned
     * @throws PublicationException on any failure; its message says what is on disk afterwards
     */
    public static <T> T replace(Path out, Content<T> content) throws PublicationException {
        return replace(out, FileOperations.system(), content);
    }

    /**
     * As {@link #replace(Path, Content)}, with the given file operations (for tests that make one fail).
     *
     * @param <T> what the writer returns
     * @param out the folder
     * @param files the operations that change the file system
     * @param content writes the new content into a staging folder
     * @return what {@code content} returned
     * @throws PublicationException on any failure; its message says what is on disk afterwards
     */
    public static <T> T replace(Path out, FileOperations files, Content<T> content) throws PublicationException {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(content, "content");
        Path target = target(out);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new PublicationException("PUB-002", null, null, target).withState("state.untouched", target);
        }
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        cleanUp(target, files);
        String unique = ProcessHandle.current().pid() + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        boolean existed = Files.isDirectory(target);
        if (!existed || sameFileStore(target, parent)) {
            Path staging = parent.resolve(PREFIX + "staging-" + unique + "-" + name);
            boolean staged;
            try {
                files.createDirectory(staging);
                staged = true;
            } catch (IOException e) {
                if (!existed) {
                    throw new PublicationException("PUB-008", null, e, parent, describe(e))
                            .withState("state.untouched", target);
                }
                staged = false; // the parent is not writable: stage inside the folder
            }
            if (staged) {
                IN_USE.add(staging);
                try {
                    T result = write(target, staging, files, content);
                    Path old = parent.resolve(PREFIX + "old-" + unique + "-" + name);
                    if (swapFolders(target, staging, old, files)) {
                        return result;
                    }
                } finally {
                    IN_USE.remove(staging);
                }
                // the old folder could not be renamed (a mount point, a folder in use): replace inside instead
            }
        }
        return replaceInside(target, unique, files, content);
    }

    /** The folder as the operating system means it: its parent resolved on disk, never lexically. */
    static Path target(Path out) throws PublicationException {
        Objects.requireNonNull(out, "out");
        if (out.toString().isEmpty()) {
            throw new PublicationException("PUB-001", null, null, "\"\"");
        }
        try {
            Path absolute = out.toAbsolutePath();
            Path target;
            if (Files.exists(absolute)) {
                target = absolute.toRealPath();
            } else {
                Path parent = absolute.getParent();
                if (parent == null || absolute.getFileName() == null) {
                    throw new PublicationException("PUB-001", null, null, out);
                }
                Files.createDirectories(parent);
                target = parent.toRealPath().resolve(absolute.getFileName());
            }
            if (target.getParent() == null || target.getFileName() == null) {
                throw new PublicationException("PUB-001", null, null, out);
            }
            return target;
        } catch (IOException | InvalidPathException e) {
            throw new PublicationException("PUB-008", null, e, out, describe(e)).withState("state.untouched", out);
        }
    }

    private static boolean sameFileStore(Path target, Path parent) {
        try {
            FileStore a = Files.getFileStore(target);
            FileStore b = Files.getFileStore(parent);
            return a.equals(b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the content into the staging folder and checks it against the folder; on failure removes it. */
    private static <T> T write(Path target, Path staging, FileOperations files, Content<T> content)
            throws PublicationException {
        try {
            T result = content.writeInto(staging);
            checkKinds(target, staging);
            return result;
        } catch (PublicationException e) {
            deleteQuietly(staging, files);
            throw e.hasState() ? e : e.withState("state.untouched", target);
        } catch (IOException e) {
            deleteQuietly(staging, files);
            throw new PublicationException("PUB-008", null, e, staging.getParent(), describe(e))
                    .withState("state.untouched", target);
        } catch (RuntimeException | Error e) {
            deleteQuietly(staging, files);
            throw e;
        }
    }

    /** Refuses to replace a folder with a file or a file with a folder (a user's folder is never deleted). */
    private static void checkKinds(Path target, Path staging) throws IOException, PublicationException {
        if (!Files.isDirectory(target)) {
            return;
        }
        for (String entry : entries(staging)) {
            Path old = target.resolve(entry);
            if (Files.exists(old, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)
                    != Files.isDirectory(staging.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
                throw new PublicationException("PUB-018", null, null, target, entry);
            }
        }
    }

    /**
     * The folder swap: other entries of the old folder are copied into the staging folder, the old folder is
     * renamed away, the staging folder renamed into its place, the old one deleted.
     *
     * @return false if the old folder could not be renamed (nothing changed, the staging folder removed)
     */
    private static boolean swapFolders(Path target, Path staging, Path old, FileOperations files)
            throws PublicationException {
        if (!Files.isDirectory(target)) {
            try {
                files.rename(staging, target);
                return true;
            } catch (IOException e) {
                deleteQuietly(staging, files);
                throw new PublicationException("PUB-008", null, e, target.getParent(), describe(e))
                        .withState("state.untouched", target);
            }
        }
        try {
            List<String> written = entries(staging);
            for (String entry : entries(target)) {
                if (!written.contains(entry) && !OURS.matcher(entry).matches()) {
                    copyTree(target.resolve(entry), staging.resolve(entry), files);
                }
            }
        } catch (IOException e) {
            deleteQuietly(staging, files);
            throw new PublicationException("PUB-008", null, e, staging.getParent(), describe(e))
                    .withState("state.untouched", target);
        }
        try {
            files.rename(target, old);
        } catch (IOException e) {
            deleteQuietly(staging, files);
            return false;
        }
        try {
            files.rename(staging, target);
        } catch (IOException e) {
            try {
                files.rename(old, target);
            } catch (IOException back) {
                throw new PublicationException("PUB-010", null, e, target, describe(e), describe(back), old,
                        staging);
            }
            deleteQuietly(staging, files);
            throw new PublicationException("PUB-009", null, e, target, describe(e))
                    .withState("state.untouched", target);
        }
        deleteQuietly(old, files);
        return true;
    }

    /** Stages inside the folder, then replaces entry by entry with a backup of each, put back on any failure. */
    private static <T> T replaceInside(Path target, String unique, FileOperations files, Content<T> content)
            throws PublicationException {
        Path staging = target.resolve(PREFIX + "staging-" + unique);
        Path backup = target.resolve(PREFIX + "backup-" + unique);
        try {
            files.createDirectory(staging);
        } catch (IOException e) {
            throw new PublicationException("PUB-008", null, e, target, describe(e))
                    .withState("state.untouched", target);
        }
        IN_USE.add(staging);
        IN_USE.add(backup);
        try {
            T result = write(target, staging, files, content);
            List<String> names;
            try {
                names = entries(staging);
                List<String> added = new ArrayList<>();
                for (String entry : names) {
                    if (!Files.exists(target.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
                        added.add(entry);
                    }
                }
                files.createDirectory(backup);
                Files.write(backup.resolve(ADDED), added, StandardCharsets.UTF_8);
            } catch (IOException e) {
                deleteQuietly(staging, files);
                deleteQuietly(backup, files);
                throw new PublicationException("PUB-008", null, e, target, describe(e))
                        .withState("state.untouched", target);
            }
            List<String> moved = new ArrayList<>();
            List<String> placed = new ArrayList<>();
            try {
                for (String entry : names) {
                    Path old = target.resolve(entry);
                    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                        files.rename(old, backup.resolve(entry));
                        moved.add(entry);
                    }
                    files.rename(staging.resolve(entry), old);
                    placed.add(entry);
                }
            } catch (IOException e) {
                rollBack(target, staging, backup, moved, placed, files, e);
            }
            deleteQuietly(staging, files);
            deleteQuietly(backup, files);
            return result;
        } finally {
            IN_USE.remove(staging);
            IN_USE.remove(backup);
        }
    }

    /** Puts every entry back after a failed replacement inside the folder; always throws. */
    private static void rollBack(Path target, Path staging, Path backup, List<String> moved, List<String> placed,
            FileOperations files, IOException failure) throws PublicationException {
        List<String> notRestored = new ArrayList<>();
        IOException firstProblem = null;
        for (String entry : placed) {
            try {
                files.rename(target.resolve(entry), staging.resolve(entry));
            } catch (IOException e) {
                notRestored.add(entry);
                firstProblem = firstProblem == null ? e : firstProblem;
            }
        }
        for (String entry : moved) {
            if (notRestored.contains(entry)) {
                continue; // the new version is still in its place; the previous one stays in the backup
            }
            try {
                files.rename(backup.resolve(entry), target.resolve(entry));
            } catch (IOException e) {
                notRestored.add(entry);
                firstProblem = firstProblem == null ? e : firstProblem;
            }
        }
        if (firstProblem != null) {
            throw new PublicationException("PUB-011", null, failure, target, describe(failure),
                    describe(firstProblem), String.join(", ", notRestored), backup);
        }
        deleteQuietly(staging, files);
        deleteQuietly(backup, files);
        throw new PublicationException("PUB-009", null, failure, target, describe(failure))
                .withState("state.untouched", target);
    }

    /**
     * Removes what an ended process left of a publication into this folder: staging folders are deleted; a
     * folder swap cut off between its renames is finished backwards (the old folder renamed back), and a
     * replacement inside the folder is undone from its backup.
     */
    private static void cleanUp(Path target, FileOperations files) {
        String name = target.getFileName().toString();
        for (Path entry : leftOvers(target.getParent())) {
            Matcher m = OURS.matcher(entry.getFileName().toString());
            if (!m.matches() || !name.equals(m.group(4)) || m.group(1).equals("backup")) {
                continue;
            }
            if (m.group(1).equals("old") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    files.rename(entry, target);
                } catch (IOException e) {
                    // left for the next run
                }
            } else {
                deleteQuietly(entry, files);
            }
        }
        if (!Files.isDirectory(target)) {
            return;
        }
        for (Path entry : leftOvers(target)) {
            Matcher m = OURS.matcher(entry.getFileName().toString());
            if (!m.matches() || m.group(4) != null) {
                continue;
            }
            if (m.group(1).equals("backup")) {
                restore(target, entry, files);
            }
            deleteQuietly(entry, files);
        }
    }

    /** The folders in a folder that are ours and whose process has ended. */
    private static List<Path> leftOvers(Path folder) {
        List<Path> result = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path entry : stream) {
                Matcher m = OURS.matcher(entry.getFileName().toString());
                if (m.matches() && !IN_USE.contains(entry) && ended(Long.parseLong(m.group(2)))) {
                    result.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing readable to clean up
        }
        return result;
    }

    private static boolean ended(long pid) {
        return pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    private static void restore(Path target, Path backup, FileOperations files) {
        try {
            for (String added : Files.readAllLines(backup.resolve(ADDED), StandardCharsets.UTF_8)) {
                if (!added.isEmpty() && !added.contains("/") && !added.contains("\\")) {
                    deleteQuietly(target.resolve(added), files);
                }
            }
            for (String entry : entries(backup)) {
                if (!entry.equals(ADDED)) {
                    deleteQuietly(target.resolve(entry), files);
                    files.rename(backup.resolve(entry), target.resolve(entry));
                }
            }
        } catch (IOException e) {
            // left for the next run
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                names.add(entry.getFileName().toString());
            }
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    private static void copyTree(Path from, Path to, FileOperations files) throws IOException {
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            files.createDirectory(to);
            for (String entry : entries(from)) {
                copyTree(from.resolve(entry), to.resolve(entry), files);
            }
        } else {
            files.copy(from, to);
        }
    }

    private static void deleteQuietly(Path path, FileOperations files) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                files.delete(p);
            }
        } catch (IOException | RuntimeException e) {
            // a left-over folder is recognisable by its name and removed by the next run
        }
    }

    /** An I/O failure in a few words: the exception's message, or its type when it has none. */
    static String describe(Exception e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
