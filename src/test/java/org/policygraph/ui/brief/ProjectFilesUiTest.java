package org.policygraph.ui.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.io.project.NodePosition;
import org.policygraph.io.project.ProjectStore;
import org.policygraph.io.project.SavedView;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Project files from the window: save and reopen, broken and newer files, autosave recovery, moved documents. */
@ExtendWith(ApplicationExtension.class)
class ProjectFilesUiTest {
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(BriefFixtures.services());
        window.show(stage);
    }

    private void openFixture(Path folder) {
        BriefFixtures.runFx(() -> window.open(List.of(folder)));
        BriefFixtures.waitUntil("the fixture graph is drawn", () -> window.graphView().drawnVertexCount() > 0);
    }

    private String idOf(String name) {
        return window.explorer().graph().find(name).map(Entity::id).orElseThrow();
    }

    private ProjectFiles projects() { return window.briefings().projects(); }

    private void saveAs(Path file) {
        BriefFixtures.runFx(() -> projects().saveAs(file));
        BriefFixtures.waitUntil("saved", () -> Files.exists(file) && !projects().isDirty());
    }

    @Test
    void saveThenReopenGivesTheSameGraphViewsAndPositions(FxRobot robot) {
        openFixture(BriefFixtures.FIXTURE);
        robot.clickOn(window.graphView().vertexNode(idOf("Europol")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        BriefFixtures.waitUntil("a view is saved", () -> window.briefings().views().size() == 1);
        BriefFixtures.runFx(() -> window.explorer().focus(1));
        BriefFixtures.waitUntil("focus drawn", () -> window.graphView().drawnVertexCount()
                < window.explorer().graph().entityCount());
        BriefFixtures.runFx(() -> window.briefings().strip().createFromCurrent());
        robot.clickOn("#view-notes").write("Europol sits at the centre.");
        BriefFixtures.runFx(() -> window.briefings().views().rename(1, "Europol and partners"));
        assertTrue(window.getClass() != null && window.root().getScene().getWindow() instanceof Stage s
                && s.getTitle().contains("Untitled*"), "title marks unsaved changes");

        Path file = dir.resolve("story" + ProjectStore.EXTENSION);
        saveAs(file);
        Stage stage = (Stage) window.root().getScene().getWindow();
        assertTrue(stage.getTitle().contains("story.policygraph") && !stage.getTitle().contains("*"), stage.getTitle());
        List<SavedView> views = List.copyOf(window.briefings().views().list());
        assertEquals("Europol sits at the centre.", views.get(1).notes());
        Set<String> entities = ids(window.explorer().graph().entities());
        int relations = window.explorer().graph().relationCount();
        Map<String, NodePosition> saved = projects().snapshot().positions();

        BriefFixtures.runFx(() -> projects().newProject());
        BriefFixtures.waitUntil("empty", () -> window.explorer().graph().entityCount() == 0);
        assertEquals(0, window.briefings().views().size());

        BriefFixtures.runFx(() -> window.open(List.of(file))); // as from the command line or a drop
        BriefFixtures.waitUntil("reopened and drawn", () -> window.explorer().graph().entityCount() == entities.size()
                && window.graphView().drawnVertexCount() > 0 && !window.explorer().buildingProperty().get());
        assertEquals(entities, ids(window.explorer().graph().entities()));
        assertEquals(relations, window.explorer().graph().relationCount());
        assertEquals(views, List.copyOf(window.briefings().views().list()), "views come back exactly");
        window.explorer().visible().positions().forEach((id, p) -> {
            NodePosition s = saved.get(id);
            assertNotNull(s, id);
            assertEquals(s.x(), p.x(), 1e-6, id);
            assertEquals(s.y(), p.y(), 1e-6, id);
        });
        assertFalse(projects().isDirty());

        int drawings = window.graphView().drawingsProperty().get();
        BriefFixtures.runFx(() -> window.briefings().strip().show(1));
        BriefFixtures.waitUntil("view 2 drawn", () -> window.graphView().drawingsProperty().get() > drawings);
        SavedView v = views.get(1);
        assertEquals(new TreeSet<>(v.visibleNodeIds()), new TreeSet<>(BriefFixtures.onFx(() -> window.graphView().currentPositions().keySet())));
        Map<String, Point> now = BriefFixtures.onFx(() -> window.graphView().currentPositions());
        v.positions().forEach((id, p) -> {
            assertEquals(p.x(), now.get(id).x(), 1e-6, id);
            assertEquals(p.y(), now.get(id).y(), 1e-6, id);
        });
        assertEquals(v.zoom(), window.graphView().zoomPane().scale(), 1e-9);
        assertEquals(v.panX(), window.graphView().zoomPane().panX(), 1e-9);
        assertEquals(idOf("Europol"), window.explorer().selectedId());
        BriefFixtures.screenshot(window.root().getScene(), "brief-views-strip");
    }

    @Test
    void theCurationSessionsCorrectionsAreSavedWithTheProject() throws Exception {
        openFixture(BriefFixtures.FIXTURE);
        Entity europol = window.explorer().graph().find("Europol").orElseThrow();
        BriefFixtures.runFx(() -> window.curation().edits().rename(europol, "European Union Agency for Law Enforcement Cooperation"));
        assertEquals(1, window.curation().edits().corrections().size());
        Path file = dir.resolve("curated" + ProjectStore.EXTENSION);
        saveAs(file);
        var saved = new ProjectStore().load(file).project();
        assertEquals(1, saved.corrections().size(), saved.corrections().toString());
        assertTrue(saved.corrections().get(0).toString().contains("European Union Agency"), saved.corrections().toString());
        assertTrue(saved.graph().find("European Union Agency for Law Enforcement Cooperation").isPresent());
    }

    private static Set<String> ids(java.util.Collection<Entity> es) {
        Set<String> out = new TreeSet<>();
        es.forEach(e -> out.add(e.id()));
        return out;
    }

    @Test
    void aCorruptedProjectShowsAMessageKeepsTheGraphAndIsNeverOverwritten(FxRobot robot) throws Exception {
        openFixture(BriefFixtures.FIXTURE);
        int entities = window.explorer().graph().entityCount();
        Path file = dir.resolve("broken" + ProjectStore.EXTENSION);
        Files.writeString(file, "{\"format\":\"policygraph-project\",\"version\":1,\"documents\":[{\"id\":", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        BriefFixtures.runFx(() -> projects().open(file));
        BriefFixtures.waitUntil("a message is shown", () -> robot.lookup("#project-message").tryQuery().isPresent());
        DialogPane message = robot.lookup("#project-message").queryAs(DialogPane.class);
        assertTrue(message.getContentText().contains("broken.policygraph"), message.getContentText());
        BriefFixtures.screenshot(message.getScene(), "brief-corrupted-message");
        assertEquals(entities, window.explorer().graph().entityCount(), "the current graph stays");
        assertEquals(null, projects().file());

        BriefFixtures.runFx(() -> message.getScene().getWindow().hide());
        BriefFixtures.runFx(() -> projects().saveAs(file));
        BriefFixtures.waitUntil("saving over it is refused", () -> robot.lookup("#project-message").tryQuery().isPresent());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is byte-identical");
        assertFalse(Files.exists(ProjectStore.backupOf(file)));
    }

    @Test
    void aNewerVersionFileIsRefusedAndUntouched(FxRobot robot) throws Exception {
        openFixture(BriefFixtures.FIXTURE);
        int entities = window.explorer().graph().entityCount();
        Path file = dir.resolve("future" + ProjectStore.EXTENSION);
        Files.writeString(file, "{\"format\":\"policygraph-project\",\"version\":" + (ProjectStore.VERSION + 5)
                + ",\"documents\":[],\"nodes\":[],\"edges\":[],\"hologram\":true}", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        BriefFixtures.Answers answers = new BriefFixtures.Answers();
        projects().setMessages(answers);
        BriefFixtures.runFx(() -> projects().open(file));
        BriefFixtures.waitUntil("refused", () -> !answers.problems.isEmpty());
        assertTrue(answers.problems.get(0).contains("future.policygraph") && answers.problems.get(0).contains("newer"),
                answers.problems.get(0));
        assertEquals(entities, window.explorer().graph().entityCount());
        BriefFixtures.runFx(() -> projects().saveAs(file));
        BriefFixtures.waitUntil("overwrite refused", () -> answers.problems.size() == 2);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void autosaveIsOfferedBackOnTheNextStart() throws Exception {
        Path home = dir.resolve("home");
        Autosave autosave = new Autosave(projects(), BriefFixtures.services().tasks(), home.resolve("recovery"));
        openFixture(BriefFixtures.FIXTURE);
        BriefFixtures.runFx(() -> window.briefings().strip().createFromCurrent());
        assertTrue(projects().isDirty());
        BriefFixtures.runFx(autosave::saveNow);
        BriefFixtures.waitUntil("recovery written", () -> !autosave.store().findRecovery().isEmpty());

        int entities = window.explorer().graph().entityCount();
        BriefFixtures.runFx(() -> projects().newProject());
        BriefFixtures.Answers yes = new BriefFixtures.Answers();
        BriefFixtures.runFx(() -> autosave.offerRecovery(yes));
        BriefFixtures.waitUntil("recovered", () -> window.explorer().graph().entityCount() == entities);
        assertEquals(1, window.briefings().views().size());
        assertTrue(projects().isDirty(), "recovered work is not saved yet");
    }

    @Test
    void documentsThatMovedAreFoundInTheFolderTheUserNames() throws Exception {
        Path before = dir.resolve("before");
        Files.createDirectories(before);
        try (var files = Files.list(BriefFixtures.FIXTURE)) {
            for (Path f : files.toList()) Files.copy(f, before.resolve(f.getFileName()));
        }
        openFixture(before);
        Path file = dir.resolve("moved" + ProjectStore.EXTENSION);
        saveAs(file);
        Path after = dir.resolve("elsewhere/after");
        Files.createDirectories(after.getParent());
        Files.move(before, after);

        BriefFixtures.Answers answers = new BriefFixtures.Answers();
        answers.folder = dir.resolve("elsewhere");
        projects().setMessages(answers);
        BriefFixtures.runFx(() -> projects().newProject());
        BriefFixtures.runFx(() -> projects().open(file));
        BriefFixtures.waitUntil("reopened", () -> window.explorer().graph().documents().size() == 3);
        assertTrue(window.explorer().graph().documents().stream().allMatch(d -> Path.of(d.path()).startsWith(after.toAbsolutePath())),
                () -> window.explorer().graph().documents().stream().map(d -> d.path()).toList().toString());
        assertTrue(answers.problems.isEmpty(), answers.problems.toString());
    }
}
