package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.project.SavedView;
import org.policygraph.ui.canvas.GraphCanvas;
import org.policygraph.ui.canvas.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A saved view of a big graph (drawn on the canvas, not by SmartGraph) comes back with its zoom and pan. */
@ExtendWith(ApplicationExtension.class)
class BigGraphViewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(UiFixtures.services(0));
        window.show(stage);
    }

    @Test
    void canvasViewKeepsItsZoomAndPan(FxRobot robot) {
        KnowledgeGraph g = BigGraphTest.generated(600, 1500);
        robot.interact(() -> window.explorer().setGraph(g));
        UiFixtures.waitUntil("the capped view is drawn", () -> window.graphView().drawnVertexCount() > 0);
        robot.clickOn("#show-more");
        UiFixtures.waitUntil("the whole graph on the canvas", () -> window.graphView().isCanvasMode()
                && window.graphView().drawnVertexCount() == 600 && !window.explorer().buildingProperty().get());
        GraphCanvas canvas = window.graphView().canvasView().canvas();

        robot.interact(() -> canvas.zoomAt(2.5, 100, 80)); // zoomed in on a corner, then saved as a view
        Viewport zoomed = canvas.getViewport();
        UiFixtures.screenshot(window.root().getScene(), "big-view-saved");
        robot.interact(() -> window.briefings().strip().createFromCurrent());
        SavedView saved = window.briefings().views().get(0);
        assertEquals(zoomed.zoom(), saved.zoom(), 1e-9, "the view records the canvas zoom");
        assertEquals(zoomed.panX(), saved.panX(), 1e-9);

        robot.interact(canvas::fitToView);
        assertNotEquals(zoomed.zoom(), canvas.getViewport().zoom(), 1e-6);
        int drawings = window.graphView().drawingsProperty().get();
        robot.interact(() -> window.briefings().strip().show(0));
        UiFixtures.waitUntil("the view is drawn", () -> window.graphView().drawingsProperty().get() > drawings);
        Viewport back = canvas.getViewport();
        UiFixtures.screenshot(window.root().getScene(), "big-view-restored");
        assertTrue(window.graphView().isCanvasMode());
        assertEquals(zoomed.zoom(), back.zoom(), 1e-9, "zoom restored, not fitted");
        assertEquals(zoomed.panX(), back.panX(), 1e-6);
        assertEquals(zoomed.panY(), back.panY(), 1e-6);
    }
}
