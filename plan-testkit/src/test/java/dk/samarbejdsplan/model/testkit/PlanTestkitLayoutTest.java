package dk.samarbejdsplan.model.testkit;

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

/** The plan test kit's module descriptor, and the 2007 plan bundled beside its classes. */
class PlanTestkitLayoutTest {

    @Test
    void theKitExportsOnePackageNamedLikeTheModule() throws IOException, java.net.URISyntaxException {
        Path classes = Path.of(SamplePlans.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("dk.samarbejdsplan.model.testkit", descriptor.name());
        assertEquals(Set.of("dk.samarbejdsplan.model.testkit"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        for (String pkg : descriptor.packages()) {
            assertTrue(pkg.startsWith(descriptor.name()), pkg + " starts with the module name");
        }
        assertTrue(Files.isRegularFile(classes.resolve("dk/samarbejdsplan/model/testkit/" + SamplePlans.PLAN_2007_RESOURCE)));
    }
}
