package dk.samarbejdsplan.export.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The kit's module descriptor. */
class ModuleLayoutTest {

    @Test
    void theKitExportsOnePackageNamedLikeTheModule() throws IOException, java.net.URISyntaxException {
        Path classes = Path.of(ExporterContract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("dk.samarbejdsplan.export.testkit", descriptor.name());
        assertEquals(Set.of("dk.samarbejdsplan.export.testkit"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        for (String pkg : descriptor.packages()) {
            assertTrue(pkg.startsWith(descriptor.name()), pkg + " starts with the module name");
        }
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("dk.samarbejdsplan.model.testkit")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)), "re-exports the plan test kit");
    }
}
