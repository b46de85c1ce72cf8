package org.policygraph.io.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.JsonGraphExporter;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/** Save → load gives the same project; bad and newer files are reported in one line and never overwritten. */
class ProjectStoreTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    @Test
    void roundTripKeepsGraphEvidencePositionsViewsFiltersAndCorrections() throws Exception {
        Project p = ProjectFixtures.project(dir.resolve("docs"));
        Path file = dir.resolve("story.policygraph");
        Project saved = store.save(p, file);
        LoadedProject loaded = store.load(file);
        Project back = loaded.project();

        assertEquals(graphJson(p.graph()), graphJson(back.graph()), "nodes, edges, evidence, notes, manual flags");
        assertEquals(p.positions(), back.positions());
        assertEquals(p.views(), back.views());
        assertEquals(p.filters(), back.filters());
        assertEquals(p.corrections(), back.corrections());
        assertEquals(saved.documentHashes(), back.documentHashes());
        assertEquals(2, back.documentHashes().size(), "hashes of the originals were taken at save");
        assertTrue(loaded.missing().isEmpty());
        assertTrue(loaded.changedDocuments().isEmpty());

        // the clean text travels in the project, so mentions get their text back without the originals
        KnowledgeGraph g = back.graph();
        assertEquals(p.graph().document("b.md").orElseThrow().text(), g.document("b.md").orElseThrow().text());
        Entity harbour = g.entity("harbour-agency").orElseThrow();
        assertEquals("Harbour Agency", harbour.mentions().get(0).text());
        assertTrue(g.find("HA").isPresent());
        Relation manual = g.relations().stream().filter(Relation::manual).findFirst().orElseThrow();
        assertEquals("added by hand, see briefing; check", manual.note());
        SavedView v = back.views().get(0);
        assertEquals(List.of(List.of("harbour-agency"), List.of("coast-border-unit", "e1")), v.revealSteps());
        assertEquals(1.5, v.zoom());
        assertEquals("coast-border-unit", v.selectedId());
    }

    @Test
    void savingTwiceGivesTheSameBytesAndKeepsOneBackup() throws Exception {
        Project p = ProjectFixtures.project(dir.resolve("docs"));
        Path file = dir.resolve("story.policygraph");
        store.save(p, file);
        byte[] first = Files.readAllBytes(file);
        assertFalse(Files.exists(ProjectStore.backupOf(file)), "no backup of nothing");
        Project again = store.load(file).project();
        store.save(again.withViews(List.of()), file);
        assertArrayEquals(first, Files.readAllBytes(ProjectStore.backupOf(file)), "the previous version is the backup");
        store.save(store.load(ProjectStore.backupOf(file)).project(), file);
        assertArrayEquals(first, Files.readAllBytes(file), "save → load → save is stable");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("docs", "story.policygraph", "story.policygraph.bak"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temp files left");
        }
    }

    @Test
    void corruptedFileIsReportedInOneLineAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("broken.policygraph");
        String junk = "{\"format\": \"policygraph-project\", \"version\": 1,\n \"documents\": [ {\"id\": \"a\"\n";
        Files.writeString(file, junk);
        ProjectException e = assertThrows(ProjectException.class, () -> store.load(file));
        assertEquals("broken.policygraph: not a readable PolicyGraph project: the file ends early (truncated?) at line 3", e.getMessage());
        assertThrows(ProjectException.class, () -> store.save(ProjectFixtures.project(dir.resolve("docs")), file));
        assertEquals(junk, Files.readString(file));
        assertFalse(Files.exists(ProjectStore.backupOf(file)));

        Path notJson = Files.write(dir.resolve("random.policygraph"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        e = assertThrows(ProjectException.class, () -> store.load(notJson));
        assertTrue(e.getMessage().startsWith("random.policygraph: not a readable PolicyGraph project: invalid JSON"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        Path other = Files.writeString(dir.resolve("other.policygraph"), "{\"nodes\": []}");
        e = assertThrows(ProjectException.class, () -> store.load(other));
        assertEquals("other.policygraph: not a PolicyGraph project (it lacks \"format\": \"policygraph-project\")", e.getMessage());
    }

    @Test
    void malformedViewsNameTheFieldAndLine() throws Exception {
        Path file = dir.resolve("views.policygraph");
        Files.writeString(file, "{\"format\": \"policygraph-project\", \"version\": 1,\n\"views\": [{\"zoom\": \"big\"}]}");
        ProjectException e = assertThrows(ProjectException.class, () -> store.load(file));
        assertTrue(e.getMessage().startsWith("views.policygraph: \"views\" is malformed ("), e.getMessage());
        assertTrue(e.getMessage().endsWith(") at line 2"), e.getMessage());
    }

    @Test
    void newerVersionIsRefusedAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("future.policygraph");
        String future = "{\"format\": \"policygraph-project\", \"version\": 7, \"hologram\": {}}";
        Files.writeString(file, future);
        ProjectException e = assertThrows(ProjectException.class, () -> store.load(file));
        assertEquals("future.policygraph: made by a newer PolicyGraph (version 7); this version reads up to 1", e.getMessage());
        assertTrue(e.newerVersion());
        ProjectException s = assertThrows(ProjectException.class, () -> store.save(ProjectFixtures.project(dir.resolve("docs")), file));
        assertTrue(s.newerVersion());
        assertEquals(future, Files.readString(file));
    }

    @Test
    void movedDocumentsAreReportedFoundAndRelocated() throws Exception {
        Path docs = dir.resolve("docs");
        Path file = dir.resolve("story.policygraph");
        store.save(ProjectFixtures.project(docs), file);
        Path moved = Files.createDirectories(dir.resolve("elsewhere/deeper"));
        Files.move(docs.resolve("b.md"), moved.resolve("b.md"));
        Files.writeString(docs.resolve("a.txt"), "edited since");

        LoadedProject loaded = store.load(file);
        assertEquals(1, loaded.missing().size());
        MissingDocument m = loaded.missing().get(0);
        assertEquals("b.md", m.id());
        assertEquals(docs.resolve("b.md").toString(), m.path());
        assertNotNull(m.sha256());
        assertEquals(List.of("a.txt"), loaded.changedDocuments());

        Map<String, String> found = store.locate(loaded.missing(), dir.resolve("elsewhere"));
        assertEquals(Map.of(m.path(), moved.resolve("b.md").toAbsolutePath().toString()), found);
        LoadedProject relocated = store.relocate(loaded, found);
        assertTrue(relocated.missing().isEmpty());
        assertEquals(moved.resolve("b.md").toAbsolutePath().toString(),
                relocated.project().graph().document("b.md").orElseThrow().path());
        assertEquals(graphJson(loaded.project().graph()).replace(m.path(), found.get(m.path())),
                graphJson(relocated.project().graph()));
    }

    @Test
    void aDecoyWithTheSameNameButOtherContentIsNotTakenForTheDocument() throws Exception {
        Path file = dir.resolve("story.policygraph");
        store.save(ProjectFixtures.project(dir.resolve("docs")), file);
        Files.delete(dir.resolve("docs/b.md"));
        Files.createDirectories(dir.resolve("decoys"));
        Files.writeString(dir.resolve("decoys/b.md"), "something else entirely");
        LoadedProject loaded = store.load(file);
        assertTrue(store.locate(loaded.missing(), dir.resolve("decoys")).isEmpty());
    }

    static String graphJson(KnowledgeGraph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonGraphExporter().write(g, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
