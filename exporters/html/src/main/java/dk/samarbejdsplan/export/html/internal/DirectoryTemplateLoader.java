package dk.samarbejdsplan.export.html.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Loads override templates from a caller's folder: only plain file names directly inside it (no sub-folders,
 * no {@code ..}, no absolute paths). A name not found here falls through to the built-in templates.
 */
final class DirectoryTemplateLoader extends ResourceLoader {
    private final Path directory;

    DirectoryTemplateLoader(Path directory) {
        this.directory = directory;
    }

    @Override
    public void init(ExtProperties configuration) {
        // the folder is given to the constructor
    }

    private Path file(String source) {
        String name = TemplateNames.plainName(source);
        if (name == null) {
            return null;
        }
        Path file = directory.resolve(name).normalize();
        return file.startsWith(directory) && Files.isRegularFile(file) ? file : null;
    }

    @Override
    public Reader getResourceReader(String source, String encoding) throws ResourceNotFoundException {
        Path file = file(source);
        if (file == null) {
            throw new ResourceNotFoundException("no template '" + source + "' in " + directory);
        }
        try {
            return buildReader(Files.newInputStream(file), encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException("cannot read the template " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean resourceExists(String source) {
        return file(source) != null;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return getLastModified(resource) != resource.getLastModified();
    }

    @Override
    public long getLastModified(Resource resource) {
        Path file = file(resource.getName());
        try {
            return file == null ? 0 : Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
