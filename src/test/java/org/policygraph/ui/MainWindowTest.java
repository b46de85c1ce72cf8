package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

import org.policygraph.extract.Ontology;
import org.policygraph.ui.view.DocumentView;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policygraph.model.Entity;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opened on the fixture folder, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(UiFixtures.services(0));
        window.show(stage);
        window.open(UiFixtures.fixtureFolder());
    }

    private void waitForGraph() {
        UiFixtures.waitUntil("the fixture graph is drawn", () -> window.graphView().drawnVertexCount() > 0);
    }

    private String idOf(String name) {
        return window.explorer().graph().find(name).map(Entity::id).orElseThrow();
    }

    @Test
    void opensTheFolderAndDrawsItsNodes(FxRobot robot) {
        waitForGraph();
        assertEquals(3, window.explorer().graph().documents().size());
        assertEquals(window.explorer().graph().entityCount(), window.graphView().drawnVertexCount());
        assertNotNull(window.graphView().vertexNode(idOf("DEA")));
        assertTrue(robot.lookup(".vertex.type-agency").queryAll().size() >= 4, "agencies drawn with their type class");
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        assertTrue(counts.getText().startsWith(window.graphView().drawnVertexCount() + " nodes"), counts.getText());
        UiFixtures.screenshot(window.root().getScene(), "opened");
    }

    @Test
    void searchByAliasSelectsTheNode(FxRobot robot) {
        waitForGraph();
        robot.clickOn("#search").write("DEA").type(KeyCode.ENTER);
        UiFixtures.waitUntil("DEA is selected", () -> idOf("DEA").equals(window.explorer().selectedId()));
        assertEquals("Drug Enforcement Administration", robot.lookup("#details-title").queryAs(Label.class).getText());
        robot.doubleClickOn("#search").eraseText(3).write("drug enf").type(KeyCode.ENTER);
        assertEquals(idOf("DEA"), window.explorer().selectedId());
        assertTrue(window.graphView().vertexHasClass(idOf("DEA"), "selected"));
        assertEquals(1, robot.lookup(".vertex.selected").queryAll().size());
    }

    @Test
    void typeFilterHidesItsNodes(FxRobot robot) {
        waitForGraph();
        assertFalse(robot.lookup(".vertex.type-agency").queryAll().isEmpty());
        int before = window.graphView().drawnVertexCount();
        robot.clickOn("#filter-type-AGENCY");
        UiFixtures.waitUntil("agencies are gone", () -> robot.lookup(".vertex.type-agency").queryAll().isEmpty());
        assertEquals(before - 4, window.graphView().drawnVertexCount());
        assertNull(window.graphView().vertexNode(idOf("Europol")));
        assertTrue(robot.lookup("#status-filters").queryAs(Label.class).getText().contains("1 type(s) hidden"));
    }

    @Test
    void detailsShowEvidenceAndTheViewerHighlightsMentions(FxRobot robot) {
        waitForGraph();
        robot.clickOn(window.graphView().vertexNode(idOf("Europol")));
        UiFixtures.waitUntil("Europol is selected", () -> idOf("Europol").equals(window.explorer().selectedId()));
        VBox evidence = robot.lookup("#evidence").queryAs(VBox.class);
        assertFalse(evidence.getChildren().isEmpty());
        String all = evidence.getChildren().stream().flatMap(n -> ((VBox) n).getChildren().stream())
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertTrue(all.contains("Rotterdam"), all);

        robot.clickOn(evidence.getChildren().get(0));
        UiFixtures.waitUntil("a document tab opens", () -> window.tabs().getSelectionModel().getSelectedIndex() > 0);
        DocumentView viewer = (DocumentView) window.tabs().getSelectionModel().getSelectedItem().getContent();
        List<Text> mentions = viewer.textFlow().getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getStyleClass().contains("mention")).toList();
        assertTrue(mentions.size() >= 3, "mentions highlighted: " + mentions.size());
        Text europol = mentions.stream().filter(t -> t.getText().equals("Europol")).findFirst().orElseThrow();
        assertEquals(Color.web(Ontology.defaults().color("AGENCY")), europol.getFill());
        assertTrue(viewer.textFlow().getChildren().stream().anyMatch(n -> n.getStyleClass().contains("focus")));
        UiFixtures.screenshot(window.root().getScene(), "document");

        Text netherlands = mentions.stream().filter(t -> t.getText().equals("Netherlands")).findFirst().orElseThrow();
        robot.clickOn(netherlands);
        assertEquals(idOf("Netherlands"), window.explorer().selectedId());
    }

    @Test
    void ctrlClickFindsTheShortestPathAndHighlightsItsEdges(FxRobot robot) {
        waitForGraph();
        robot.lookup("#hide-cooccurrence").queryAs(javafx.scene.control.CheckBox.class);
        robot.clickOn("#hide-cooccurrence");
        UiFixtures.waitUntil("co-occurrence hidden", () -> window.graphView().drawnEdgeCount() == 4);
        robot.clickOn(window.graphView().vertexNode(idOf("Colombian National Police")));
        robot.press(KeyCode.CONTROL).clickOn(window.graphView().vertexNode(idOf("Europol"))).release(KeyCode.CONTROL);
        UiFixtures.waitUntil("a path is found", () -> window.explorer().answer() != null);
        var answer = window.explorer().answer();
        assertEquals(2, answer.relationIds().size(), answer.toString());
        assertEquals(Set.of(idOf("Colombian National Police"), idOf("DEA"), idOf("Europol")), answer.entityIds());
        for (String r : answer.relationIds()) {
            assertTrue(window.graphView().edgeNode(r).getStyleClass().contains("path"), "edge " + r + " highlighted");
        }
        assertEquals(2, robot.lookup(".edge.path").queryAll().size());
        assertEquals(3, robot.lookup(".vertex.path").queryAll().size());
        assertTrue(robot.lookup("#answer").queryAs(VBox.class).getChildren().size() > 2, "evidence chain listed");
        UiFixtures.screenshot(window.root().getScene(), "path");
    }

    @Test
    void badFileShowsAProblemAndKeepsTheGraph(FxRobot robot) {
        waitForGraph();
        int entities = window.explorer().graph().entityCount();
        int drawn = window.graphView().drawnVertexCount();
        robot.interact(() -> window.open(List.of(UiFixtures.BAD.resolve("broken.pdf"), UiFixtures.BAD.resolve("missing.txt"))));
        UiFixtures.waitUntil("problems are listed", () -> window.load().problems().size() == 2);
        VBox problems = robot.lookup("#problems").queryAs(VBox.class);
        assertTrue(problems.isVisible());
        String text = problems.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("broken.pdf") && text.contains("missing.txt"), text);
        assertFalse(text.contains("Exception"), "no stack trace: " + text);
        assertEquals(entities, window.explorer().graph().entityCount());
        assertEquals(drawn, window.graphView().drawnVertexCount());
        robot.clickOn("#dismiss-problems");
        assertFalse(problems.isVisible());
    }

    @Test
    void backAndForwardWalkTheSelectionHistory(FxRobot robot) {
        waitForGraph();
        for (String name : List.of("DEA", "Europol", "Mexico")) {
            robot.clickOn(window.graphView().vertexNode(idOf(name)));
        }
        assertEquals(idOf("Mexico"), window.explorer().selectedId());
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals(idOf("Europol"), window.explorer().selectedId());
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals(idOf("DEA"), window.explorer().selectedId());
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertEquals(idOf("Europol"), window.explorer().selectedId());
        assertEquals("Europol", robot.lookup("#details-title").queryAs(Label.class).getText());
    }

    @Test
    void focusShowsOnlyTheNeighbourhood(FxRobot robot) {
        waitForGraph();
        robot.clickOn(window.graphView().vertexNode(idOf("Controlled Substances Act")));
        int before = window.graphView().drawnVertexCount();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        UiFixtures.waitUntil("focus applied", () -> window.graphView().drawnVertexCount() < before);
        // the act is only mentioned with nothing else: focus leaves it alone
        assertEquals(1, window.graphView().drawnVertexCount());
        assertNotNull(window.graphView().vertexNode(idOf("Controlled Substances Act")));
        robot.clickOn("#search").write("Europol").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        UiFixtures.waitUntil("focus moved to Europol", () -> window.graphView().vertexNode(idOf("Europol")) != null
                && window.explorer().settings().focusId().equals(idOf("Europol"))
                && window.graphView().vertexNode(idOf("Controlled Substances Act")) == null);
        var g = window.explorer().graph();
        Entity europol = g.find("Europol").orElseThrow();
        Set<String> expected = new java.util.HashSet<>();
        expected.add(europol.id());
        org.jgrapht.Graphs.neighborSetOf(g.graph(), europol).forEach(n -> expected.add(n.id()));
        assertEquals(expected, new java.util.HashSet<>(window.explorer().visible().positions().keySet()));
        assertNull(window.graphView().vertexNode(idOf("FBI")), "FBI is not a neighbour of Europol");
    }

    @Test
    void doubleClickFoldsAndExpandsLeaves(FxRobot robot) {
        waitForGraph();
        // Colombian National Police hangs off DEA only
        robot.doubleClickOn(window.graphView().vertexNode(idOf("DEA")));
        UiFixtures.waitUntil("the leaf is folded", () -> window.graphView().vertexNode(idOf("Colombian National Police")) == null
                && window.graphView().drawnVertexCount() > 0);
        assertTrue(window.explorer().isCollapsed(idOf("DEA")));
        robot.doubleClickOn(window.graphView().vertexNode(idOf("DEA")));
        UiFixtures.waitUntil("the leaf is back", () -> window.graphView().vertexNode(idOf("Colombian National Police")) != null);
    }

    @Test
    void exportsTheGraphAndThePicture(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        waitForGraph();
        var json = dir.resolve("graph.json");
        var png = dir.resolve("view.png");
        robot.interact(() -> {
            window.exports().writeGraph(json, org.policygraph.io.ExportFormat.JSON);
            window.exports().writePng(png);
        });
        UiFixtures.waitUntil("both files are written", () -> java.nio.file.Files.exists(json) && java.nio.file.Files.exists(png)
                && !window.services().tasks().activity().isRunning());
        assertTrue(java.nio.file.Files.readString(json).contains("Colombian National Police"));
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals((int) window.graphView().getWidth(), image.getWidth());
    }

    @Test
    void clickingAnEdgeListsItsSentences(FxRobot robot) {
        waitForGraph();
        var g = window.explorer().graph();
        var rel = g.findRelation(g.find("DEA").orElseThrow(), g.find("Colombian National Police").orElseThrow(),
                org.policygraph.model.RelationType.PARTNERS_WITH).orElseThrow();
        robot.interact(() -> window.explorer().explainRelation(rel.id()));
        UiFixtures.waitUntil("the edge is explained", () -> window.explorer().answer() != null);
        assertEquals(Set.of(rel.id()), window.explorer().answer().relationIds());
        assertTrue(window.explorer().answer().rows().get(0).evidence().get(0).sentence().contains("Colombian National Police"));
        assertTrue(window.graphView().edgeNode(rel.id()).getStyleClass().contains("path"));
    }

    @Test
    void askMenuFindsAPathBetweenTwoChosenEntities(FxRobot robot) {
        waitForGraph();
        robot.clickOn(window.graphView().vertexNode(idOf("Colombian National Police")));
        robot.clickOn("Ask").clickOn("Path from A to B…");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Entity> to = (javafx.scene.control.ComboBox<Entity>) robot.lookup(".combo-box")
                .queryAll().stream().filter(n -> n.getScene() != window.root().getScene()).skip(1).findFirst().orElseThrow();
        robot.interact(() -> to.setValue(window.explorer().graph().find("Netherlands").orElseThrow()));
        robot.clickOn("OK");
        UiFixtures.waitUntil("the path is listed", () -> window.explorer().answer() != null);
        assertEquals("Path from Colombian National Police to Netherlands (3 steps)", window.explorer().answer().title());
    }

    @Test
    void f1ShowsTheShortcuts(FxRobot robot) {
        waitForGraph();
        Node help = robot.lookup("#help").query();
        assertFalse(help.isVisible());
        robot.type(KeyCode.F1);
        assertTrue(help.isVisible());
        UiFixtures.screenshot(window.root().getScene(), "help");
        robot.type(KeyCode.ESCAPE);
        assertFalse(help.isVisible());
    }
}
