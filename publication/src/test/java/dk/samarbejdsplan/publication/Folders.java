package dk.samarbejdsplan.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a folder holds, byte for byte, for comparing before and after. */
final class Folders {
    private Folders() {
    }

    /** @return every entry below the folder (relative name, "/" for folders) with its bytes in hex */
    static Map<String, String> snapshot(Path folder) {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.toList()) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                result.put(name, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/"
                        : HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** @return the names in a folder that start with {@link AllOrNothing#PREFIX} */
    static java.util.List<String> ours(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(AllOrNothing.PREFIX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
