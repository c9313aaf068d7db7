package dk.samarbejdsplan.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Publishing on Windows' file-system rules (drive letters, backslashes, case-insensitive names), with Jimfs'
 * Windows configuration: the publication code uses only {@link Path} and {@link Files}.
 */
class WindowsFileSystemTest {
    private static final CooperationPlan PLAN = SamplePlans.plan2007();

    private FileSystem windows;
    private Path out;

    @BeforeEach
    void fileSystem() throws Exception {
        windows = Jimfs.newFileSystem(Configuration.windows());
        out = windows.getPath("C:\\inetpub\\wwwroot\\Samarbejdsplan");
    }

    @AfterEach
    void close() throws Exception {
        windows.close();
    }

    @Test
    void publishesAndRepublishesEveryBuiltInFormat() throws Exception {
        Publisher publisher = Publisher.create(PublicationOptions.builder().language(Language.DA).build());
        PublicationResult first = publisher.publish(PLAN, out);
        assertEquals(windows.getPath("C:\\inetpub\\wwwroot\\Samarbejdsplan"), first.folder());
        Files.writeString(out.resolve("Logo.PNG"), "png");
        publisher.publish(PLAN, out);
        assertEquals(List.of("Logo.PNG", "index.html", "samarbejdsplan-2007-lokale-enheder.csv",
                "samarbejdsplan-2007-moeder.csv", "samarbejdsplan-2007.csv", "samarbejdsplan-2007.jsonld",
                "samarbejdsplan-2007.txt"), List.copyOf(Folders.snapshot(out).keySet()).subList(1, 8));
        assertEquals(List.of(), Folders.ours(out.getParent()));
    }

    @Test
    void aReadOnlyParentStagesInside() throws Exception {
        Publisher publisher = Publisher.create(PublicationOptions.builder().language(Language.EN).build());
        publisher.publish(PLAN, out);
        FailingFileOperations files = new FailingFileOperations().readOnly(out.getParent());
        publisher.publish(PLAN, out, files);
        assertEquals(List.of(), Folders.ours(out));
        assertEquals(List.of(), Folders.ours(out.getParent()));
    }

    @Test
    void aFolderNamedLikeAFileInAnotherCaseLeavesEverythingAsItWas() throws Exception {
        Publisher publisher = Publisher.create(PublicationOptions.builder().language(Language.DA).build());
        publisher.publish(PLAN, out);
        Files.delete(out.resolve("samarbejdsplan-2007.txt"));
        Files.createDirectory(out.resolve("SAMARBEJDSPLAN-2007.TXT")); // the same name on Windows
        Map<String, String> before = Folders.snapshot(out);
        PublicationException e = assertThrows(PublicationException.class, () -> publisher.publish(PLAN, out));
        assertEquals("PUB-018", e.code());
        assertEquals(before, Folders.snapshot(out));
    }
}
