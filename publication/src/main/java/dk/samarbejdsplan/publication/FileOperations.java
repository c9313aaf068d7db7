package dk.samarbejdsplan.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The changes {@link AllOrNothing} makes to a file system, one method each, so that a test can make any one of
 * them fail (a full disk, a read-only parent, a name taken meanwhile) where the real file system cannot be made
 * to. {@link #system()} does them with {@link Files}; everything else {@code AllOrNothing} does only reads.
 */
public interface FileOperations {

    /**
     * Makes a folder.
     *
     * @param folder the folder; its parent exists
     * @throws IOException if it cannot be made (for example {@link java.nio.file.AccessDeniedException})
     */
    void createDirectory(Path folder) throws IOException;

    /**
     * Renames a file or folder within one file system, atomically: {@link StandardCopyOption#ATOMIC_MOVE}.
     *
     * @param from what to rename
     * @param to its new name; does not exist
     * @throws IOException if it cannot be renamed
     */
    void rename(Path from, Path to) throws IOException;

    /**
     * Copies one file (not a folder's content; a symbolic link as a link), keeping its attributes.
     *
     * @param from the file
     * @param to the copy; does not exist
     * @throws IOException if it cannot be copied
     */
    void copy(Path from, Path to) throws IOException;

    /**
     * Deletes a file or an empty folder.
     *
     * @param path what to delete
     * @throws IOException if it cannot be deleted
     */
    void delete(Path path) throws IOException;

    /** @return the operations of {@link Files} */
    static FileOperations system() {
        return SystemFileOperations.INSTANCE;
    }
}

/** {@link FileOperations#system()}. */
enum SystemFileOperations implements FileOperations {
    INSTANCE;

    @Override
    public void createDirectory(Path folder) throws IOException {
        Files.createDirectory(folder);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void delete(Path path) throws IOException {
        Files.delete(path);
    }
}
