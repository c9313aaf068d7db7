package dk.samarbejdsplan.export.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Loads the built-in templates through the exporter's own class ({@code HtmlExporter.class.getResourceAsStream}),
 * never through the thread's context class loader, so that it works the same on the class path, on the
 * module path and inside a plugin class loader.
 */
final class BuiltInTemplateLoader extends ResourceLoader {

    @Override
    public void init(ExtProperties configuration) {
        // nothing to configure
    }

    @Override
    public Reader getResourceReader(String source, String encoding) throws ResourceNotFoundException {
        String name = TemplateNames.plainName(source);
        InputStream in = name == null ? null : HtmlExporter.class.getResourceAsStream(TemplateNames.RESOURCE_ROOT + name);
        if (in == null) {
            throw new ResourceNotFoundException("no built-in template '" + source + "'");
        }
        try {
            return buildReader(in, encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException("cannot read the built-in template '" + source + "'", e);
        }
    }

    @Override
    public boolean resourceExists(String source) {
        String name = TemplateNames.plainName(source);
        return name != null && HtmlExporter.class.getResource(TemplateNames.RESOURCE_ROOT + name) != null;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
