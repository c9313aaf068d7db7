package dk.samarbejdsplan.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.publication.FakeExporter.Behaviour;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The all-or-nothing swap, with the file system's operations made to fail where the tests choose. */
class AllOrNothingTest {
    private static final CooperationPlan PLAN = SamplePlans.plan2007();
    /** A process id that is not running (above the largest a Linux kernel hands out). */
    private static final String DEAD = "9999999999";

    @TempDir
    Path tmp;
    private Path out;
    private Publisher publisher;
    private Map<String, String> previous;

    @BeforeEach
    void previousPublication() throws Exception {
        out = tmp.resolve("udgivelse");
        publisher = Publisher.create(ExporterRegistry.of(new FakeExporter("csv", "csv", Behaviour.WRITE),
                new FakeExporter("html", "html", Behaviour.WRITE), new FakeExporter("text", "txt", Behaviour.WRITE)),
                PublicationOptions.defaults());
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "old index");
        Files.writeString(out.resolve("samarbejdsplan-2007.csv"), "old csv");
        Files.writeString(out.resolve("logo.png"), "png");
        previous = Folders.snapshot(out);
    }

    @Test
    void aReadOnlyParentStagesInsideAndReplacesEveryFile() throws Exception {
        FailingFileOperations files = new FailingFileOperations().readOnly(tmp);
        publisher.publish(PLAN, out, files);
        assertEquals("html of 2007", Files.readString(out.resolve("index.html")));
        assertEquals("csv of 2007", Files.readString(out.resolve("samarbejdsplan-2007.csv")));
        assertEquals("text of 2007", Files.readString(out.resolve("samarbejdsplan-2007.txt")));
        assertEquals("png", Files.readString(out.resolve("logo.png")));
        assertNoLeftOvers();
    }

    @Test
    void aReadOnlyParentAndAFailingRenameHalfWayPutsEveryFileBack() throws Exception {
        AtomicInteger renames = new AtomicInteger();
        FailingFileOperations files = new FailingFileOperations().readOnly(tmp)
                .failRename((from, to) -> to.getParent().equals(out) && renames.incrementAndGet() == 2);
        PublicationException e = assertThrows(PublicationException.class, () -> publisher.publish(PLAN, out,
                files));
        assertEquals("PUB-009", e.code());
        assertTrue(e.message(Language.EN).endsWith("Nothing was published; " + out.toRealPath()
                + " is exactly as it was before."), e.message(Language.EN));
        assertEquals(previous, Folders.snapshot(out));
    }

    @Test
    void aFailedRollBackInsideSaysWhichFilesAreNewAndWhereTheOldOnesAre() throws Exception {
        FailingFileOperations files = new FailingFileOperations().readOnly(tmp)
                .failRename((from, to) -> to.endsWith("samarbejdsplan-2007.txt")
                        || from.getParent().equals(out) && from.endsWith("index.html")
                        && to.getParent().getFileName().toString().startsWith(".samarbejdsplan-staging"));
        // index.html is renamed into place first (sorted names: index.html, samarbejdsplan-2007.csv, …), then
        // the text file fails, and index.html cannot be taken back
        PublicationException e = assertThrows(PublicationException.class, () -> publisher.publish(PLAN, out,
                files));
        assertEquals("PUB-011", e.code());
        String message = e.message(Language.EN);
        assertTrue(message.contains("index.html are the new versions"), message);
        assertTrue(message.contains(AllOrNothing.PREFIX + "backup-"), message);
        assertEquals("html of 2007", Files.readString(out.resolve("index.html")));
        assertEquals("old csv", Files.readString(out.resolve("samarbejdsplan-2007.csv")));
        assertFalse(Files.exists(out.resolve("samarbejdsplan-2007.txt")));

        // the next run undoes the cut-off replacement from the backup before it publishes (and fails here)
        Publisher failing = Publisher.create(ExporterRegistry.of(new FakeExporter("bad", "txt", Behaviour.FAIL)),
                PublicationOptions.defaults());
        assertThrows(PublicationException.class, () -> failing.publish(PLAN, out));
        assertEquals(previous, Folders.snapshot(out));
    }

    @Test
    void aFailedSwapPutsTheOldFolderBack() throws Exception {
        FailingFileOperations files = new FailingFileOperations()
                .failRename((from, to) -> from.getFileName().toString().startsWith(".samarbejdsplan-staging"));
        PublicationException e = assertThrows(PublicationException.class, () -> publisher.publish(PLAN, out,
                files));
        assertEquals("PUB-009", e.code());
        assertPreviousPublicationBack();
    }

    @Test
    void aFailedSwapWhoseRollBackFailsSaysWhereBothPublicationsAreAndTheNextRunRecovers() throws Exception {
        Path real = out.toRealPath();
        FailingFileOperations files = new FailingFileOperations().failRename((from, to) -> to.equals(real));
        PublicationException e = assertThrows(PublicationException.class, () -> publisher.publish(PLAN, out,
                files));
        assertEquals("PUB-010", e.code());
        assertFalse(Files.exists(out));
        List<String> left = Folders.ours(tmp);
        assertEquals(2, left.size(), left.toString());
        String message = e.message(Language.EN);
        for (String name : left) {
            assertTrue(message.contains(tmp.toRealPath().resolve(name).toString()), message);
        }
        // the next run puts the old folder back first, then publishes
        Publisher failing = Publisher.create(ExporterRegistry.of(new FakeExporter("bad", "txt", Behaviour.FAIL)),
                PublicationOptions.defaults());
        assertThrows(PublicationException.class, () -> failing.publish(PLAN, out));
        assertPreviousPublicationBack();
    }

    @Test
    void aFolderThatCannotBeRenamedIsReplacedInside() throws Exception {
        // a mount point (or a folder another program holds open) cannot be renamed
        Path real = out.toRealPath();
        FailingFileOperations files = new FailingFileOperations().failRename((from, to) -> from.equals(real));
        publisher.publish(PLAN, out, files);
        assertEquals("html of 2007", Files.readString(out.resolve("index.html")));
        assertEquals("png", Files.readString(out.resolve("logo.png")));
        assertNoLeftOvers();
    }

    @Test
    void leftOversOfAKilledRunAreRemovedAndItsCutOffReplacementUndone() throws Exception {
        Path staleStaging = Files.createDirectories(tmp.resolve(".samarbejdsplan-staging-" + DEAD + "-abc-udgivelse"));
        Files.writeString(staleStaging.resolve("index.html"), "half");
        Path otherOut = Files.createDirectories(tmp.resolve(".samarbejdsplan-staging-" + DEAD + "-abc-other"));
        Files.createDirectories(out.resolve(".samarbejdsplan-staging-" + DEAD + "-def"));
        // a replacement inside the folder cut off after index.html and the new text file were put in place
        Path backup = Files.createDirectories(out.resolve(".samarbejdsplan-backup-" + DEAD + "-def"));
        Files.move(out.resolve("index.html"), backup.resolve("index.html"));
        Files.writeString(out.resolve("index.html"), "new index");
        Files.writeString(out.resolve("samarbejdsplan-2007.txt"), "new text");
        Files.write(backup.resolve(".samarbejdsplan-added"), List.of("samarbejdsplan-2007.txt"));

        Publisher failing = Publisher.create(ExporterRegistry.of(new FakeExporter("bad", "txt", Behaviour.FAIL)),
                PublicationOptions.defaults());
        assertThrows(PublicationException.class, () -> failing.publish(PLAN, out));

        assertEquals(previous, Folders.snapshot(out));
        assertEquals(List.of(".samarbejdsplan-staging-" + DEAD + "-abc-other"), Folders.ours(tmp),
                "only the left-overs of this folder are removed");
        assertTrue(Files.isDirectory(otherOut));
    }

    @Test
    void aRunningProcesssStagingFolderIsLeftAlone() throws Exception {
        String alive = String.valueOf(ProcessHandle.current().parent().orElseThrow().pid());
        Path running = Files.createDirectories(tmp.resolve(".samarbejdsplan-staging-" + alive + "-abc-udgivelse"));
        publisher.publish(PLAN, out);
        assertTrue(Files.isDirectory(running));
    }

    /** The previous publication is back as it was, and its parent holds no staging or backup folder of ours. */
    private void assertPreviousPublicationBack() {
        assertEquals(previous, Folders.snapshot(out));
        assertEquals(List.of(), Folders.ours(tmp));
    }

    /** Neither the publication nor its parent holds a staging or backup folder of ours. */
    private void assertNoLeftOvers() {
        assertEquals(List.of(), Folders.ours(out));
        assertEquals(List.of(), Folders.ours(tmp));
    }

}
