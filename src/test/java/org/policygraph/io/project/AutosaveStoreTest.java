package org.policygraph.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave writes a recovery copy per project and offers it only when it is newer than the project file. */
class AutosaveStoreTest {
    @TempDir
    Path dir;

    @Test
    void recoveryIsOfferedAfterACrashAndOpensTheLatestState() throws Exception {
        Path recovery = dir.resolve("recovery");
        AutosaveStore autosave = new AutosaveStore(recovery);
        Path file = dir.resolve("story.policygraph");
        Project p = ProjectFixtures.project(dir.resolve("docs"));
        new ProjectStore().save(p, file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(120)));
        Project edited = p.withViews(List.of(SavedView.of("Later", List.of("harbour-agency"), p.positions())));
        Path copy = autosave.save(edited, file);
        assertTrue(copy.startsWith(recovery));

        List<AutosaveStore.Recovery> found = new AutosaveStore(recovery).findRecovery();
        assertEquals(1, found.size());
        assertEquals(file.toAbsolutePath().normalize(), found.get(0).original());
        assertEquals(edited.views(), autosave.open(found.get(0)).project().views());
    }

    @Test
    void aNormalSaveAfterTheAutosaveMakesItStale() throws Exception {
        AutosaveStore autosave = new AutosaveStore(dir.resolve("recovery"));
        Path file = dir.resolve("story.policygraph");
        Project p = ProjectFixtures.project(dir.resolve("docs"));
        Path copy = autosave.save(p, file);
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minusSeconds(120)));
        new ProjectStore().save(p, file);
        assertTrue(autosave.findRecovery().isEmpty());
        autosave.discard(file);
        assertTrue(Files.notExists(copy));
    }

    @Test
    void untitledProjectsAndUnreadableFiles() throws Exception {
        Path recovery = dir.resolve("recovery");
        AutosaveStore autosave = new AutosaveStore(recovery);
        Project p = ProjectFixtures.project(dir.resolve("docs"));
        autosave.save(p, null);
        Files.writeString(recovery.resolve("garbage.policygraph"), "not json at all");
        List<AutosaveStore.Recovery> found = autosave.findRecovery();
        assertEquals(1, found.size());
        assertNull(found.get(0).original());
        assertNotEquals(autosave.recoveryFileFor(null), autosave.recoveryFileFor(dir.resolve("a.policygraph")));
        assertTrue(Files.exists(recovery.resolve("garbage.policygraph")), "unreadable files are left alone");
    }
}
