package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The API module's descriptor: its name is its root package, it exports the SPI and declares the use. */
class ModuleLayoutTest {

    @Test
    void theModuleExportsTheSpiAndUsesIt() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(
                PluginBuilder.location(PlanExporter.class).resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("dk.samarbejdsplan.export", descriptor.name());
        assertEquals(Set.of(PlanExporter.class.getName()), descriptor.uses());
        assertEquals(Set.of("dk.samarbejdsplan.export"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("dk.samarbejdsplan.model")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
        for (String pkg : descriptor.packages()) {
            assertTrue(pkg.startsWith(descriptor.name()), pkg + " starts with the module name");
        }
    }
}
