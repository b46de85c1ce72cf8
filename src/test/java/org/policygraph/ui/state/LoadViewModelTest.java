package org.policygraph.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.ingest.Ingestor;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Mention;
import org.policygraph.ui.FixtureExtractor;
import org.policygraph.ui.task.SameThreadTaskExecutor;

/** Loading without the toolkit: documents are added to a copy that replaces the graph; bad files become problems. */
class LoadViewModelTest {
    private final Preferences prefs = Preferences.userRoot().node("org/policygraph/ui-test-load");
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final ExplorerViewModel explorer = new ExplorerViewModel(tasks, new JGraphTLayouter(), Ontology.defaults());
    private final LoadViewModel load = new LoadViewModel(explorer, tasks,
            () -> new CorpusLoader(new Ingestor(), new FixtureExtractor()), new RecentFiles(prefs));

    @AfterEach
    void clean() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void addsDocumentsToTheCurrentGraphAndRemembersThem(@TempDir Path dir) throws IOException {
        KnowledgeGraph start = new KnowledgeGraph();
        start.addDocument(new Document("old", "Old", "old.txt", null, "Mexico."));
        Entity mexico = start.addEntity("Mexico", "COUNTRY");
        start.addMention(mexico, new Mention("old", 0, 6, "Mexico"));
        explorer.setGraph(start);
        Path f = Files.writeString(dir.resolve("new.txt"), "Europol partnered with the DEA in Mexico.");
        load.open(List.of(f));
        KnowledgeGraph now = explorer.graph();
        assertEquals(2, now.documents().size());
        assertEquals(mexico.id(), now.find("Mexico").orElseThrow().id(), "ids survive the copy");
        assertEquals(2, now.find("Mexico").orElseThrow().documents().size());
        assertTrue(now.find("DEA").isPresent());
        assertEquals(1, start.documents().size(), "the old graph object was not written");
        assertEquals(f.toAbsolutePath(), load.recent().list().get(0));
        assertTrue(load.problems().isEmpty());
    }

    @Test
    void opensAGraphExportedAsJson(@TempDir Path dir) throws IOException {
        Path doc = Files.writeString(dir.resolve("new.txt"), "Europol partnered with the DEA in Mexico.");
        load.open(List.of(doc));
        KnowledgeGraph loaded = explorer.graph();
        Path json = dir.resolve("graph.json");
        new org.policygraph.io.JsonGraphExporter().write(loaded, json);
        explorer.setGraph(new KnowledgeGraph());
        load.open(List.of(json));
        assertEquals(loaded.entityCount(), explorer.graph().entityCount());
        assertEquals(loaded.relationCount(), explorer.graph().relationCount());
        assertTrue(explorer.graph().find("DEA").isPresent());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ not json");
        load.open(List.of(broken));
        assertEquals(1, load.problems().size());
        assertTrue(load.problems().get(0).reason().contains("line"), load.problems().get(0).reason());
        assertEquals(loaded.entityCount(), explorer.graph().entityCount(), "a broken export keeps the graph");
    }

    @Test
    void badFilesBecomeProblemsAndKeepTheGraph(@TempDir Path dir) throws IOException {
        KnowledgeGraph start = explorer.graph();
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        load.open(List.of(empty, dir.resolve("missing.txt")));
        assertEquals(2, load.problems().size());
        assertTrue(load.problems().get(0).source().endsWith("missing.txt") || load.problems().get(1).source().endsWith("missing.txt"));
        assertTrue(explorer.graph() == start, "nothing was added, so the graph stays");
        load.dismissProblems();
        assertTrue(load.problems().isEmpty());
    }
}
