package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.layout.Point;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.RelationType;
import org.policygraph.ui.canvas.GraphCanvas;
import org.policygraph.ui.canvas.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Shift+click marks nodes on the big-graph canvas too, and the bulk delete undoes as one edit. */
@ExtendWith(ApplicationExtension.class)
class CanvasCurationTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(UiFixtures.services(0));
        window.show(stage);
    }

    /** A ring of 320 entities, each linked to the next: more than SmartGraph draws. */
    private static KnowledgeGraph ring(int n) {
        KnowledgeGraph g = new KnowledgeGraph();
        g.addDocument(new Document("gen", "Generated", "gen.txt", null, "x".repeat(10)));
        List<Entity> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Entity e = g.addEntity("Ring entity " + i, "AGENCY");
            g.addMention(e, new Mention("gen", 0, 1, "x"));
            all.add(e);
        }
        for (int i = 0; i < n; i++) {
            g.addEvidence(g.relate(all.get(i), all.get((i + 1) % n), RelationType.PARTNERS_WITH), new Evidence("gen", 0, 1, "x"));
        }
        return g;
    }

    private void shiftClick(FxRobot robot, String name) {
        GraphCanvas canvas = window.graphView().canvasView().canvas();
        Entity e = window.explorer().graph().find(name).orElseThrow();
        Point p = canvas.getGraphScene().positions().get(e);
        Viewport v = canvas.getViewport();
        Point2D screen = canvas.localToScreen(v.screenX(p.x()), v.screenY(p.y()));
        robot.press(KeyCode.SHIFT).clickOn(screen).release(KeyCode.SHIFT);
    }

    @Test
    void marksOnTheCanvasThenBulkDeleteAndUndo(FxRobot robot) {
        KnowledgeGraph g = ring(320);
        robot.interact(() -> window.explorer().setGraph(g));
        UiFixtures.waitUntil("the capped view is drawn", () -> window.graphView().drawnVertexCount() > 0);
        robot.interact(() -> window.explorer().showMore());
        UiFixtures.waitUntil("the canvas draws everything", () -> window.graphView().isCanvasMode()
                && window.graphView().drawnVertexCount() == 320);
        shiftClick(robot, "Ring entity 0");
        shiftClick(robot, "Ring entity 160");
        assertEquals(2, window.curation().edits().marked().size());
        robot.clickOn("Edit").clickOn("Delete 2 entities");
        UiFixtures.waitUntil("two fewer drawn", () -> window.graphView().drawnVertexCount() == 318);
        assertTrue(window.explorer().graph().find("Ring entity 160").isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        UiFixtures.waitUntil("both back", () -> window.graphView().drawnVertexCount() == 320);
        assertEquals(320, g.entityCount());
    }
}
