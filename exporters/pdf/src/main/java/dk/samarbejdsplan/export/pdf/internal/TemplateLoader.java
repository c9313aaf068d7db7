package dk.samarbejdsplan.export.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.apache.commons.lang3.StringUtils;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Loads the built-in templates from this module's {@code templates/} folder through this class, so that they
 * are found on the module path too (a named module's resources are not visible to Velocity's class path
 * loader). Only plain names ({@code page.vm}) are served.
 */
final class TemplateLoader extends ResourceLoader {

    @Override
    public void init(ExtProperties configuration) {
        // nothing to configure
    }

    @Override
    public Reader getResourceReader(String source, String encoding) throws ResourceNotFoundException {
        InputStream in = plain(source) ? TemplateLoader.class.getResourceAsStream("templates/" + source) : null;
        if (in == null) {
            throw new ResourceNotFoundException("no built-in PDF template '" + source + "'");
        }
        try {
            return buildReader(in, encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException("cannot read the built-in PDF template '" + source + "'", e);
        }
    }

    @Override
    public boolean resourceExists(String source) {
        return plain(source) && TemplateLoader.class.getResource("templates/" + source) != null;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }

    private static boolean plain(String source) {
        return source != null && source.matches("[a-z][a-z0-9-]*\\.vm") && !StringUtils.isBlank(source);
    }
}
