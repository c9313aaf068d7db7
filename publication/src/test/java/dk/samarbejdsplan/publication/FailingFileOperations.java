package dk.samarbejdsplan.publication;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The real operations, except those a test chooses to fail: a parent that refuses new folders (a read-only web
 * root, which root's permission bypass makes impossible to set up for real), or a rename that fails (a full
 * disk, a busy folder, a name taken meanwhile).
 */
final class FailingFileOperations implements FileOperations {
    private final FileOperations real = FileOperations.system();
    private Predicate<Path> refuseFolderIn = p -> false;
    private BiPredicate<Path, Path> failRename = (a, b) -> false;

    /** No folder can be made directly inside {@code parent}. */
    FailingFileOperations readOnly(Path parent) {
        this.refuseFolderIn = p -> parent.equals(p.getParent());
        return this;
    }

    /** Renames matching the predicate fail. */
    FailingFileOperations failRename(BiPredicate<Path, Path> when) {
        this.failRename = when;
        return this;
    }

    @Override
    public void createDirectory(Path folder) throws IOException {
        if (refuseFolderIn.test(folder)) {
            throw new AccessDeniedException(folder.toString());
        }
        real.createDirectory(folder);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        if (failRename.test(from, to)) {
            throw new FileSystemException(from.toString(), to.toString(), "No space left on device");
        }
        real.rename(from, to);
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        real.copy(from, to);
    }

    @Override
    public void delete(Path path) throws IOException {
        real.delete(path);
    }
}
