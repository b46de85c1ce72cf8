package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In a dense picture no two standing labels overlap; a label that gave way still shows when its vertex is hovered. */
@ExtendWith(ApplicationExtension.class)
class LabelDeclutterTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(UiFixtures.services(0));
        window.show(stage);
    }

    @Test
    void standingLabelsDoNotOverlap(FxRobot robot) {
        KnowledgeGraph g = BigGraphTest.generated(200, 600);
        robot.interact(() -> window.explorer().setGraph(g));
        UiFixtures.waitUntil("drawn by SmartGraph", () -> window.graphView().drawnVertexCount() == 200
                && !window.graphView().isCanvasMode() && !window.explorer().buildingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        UiFixtures.screenshot(window.root().getScene(), "labels-first-drawing");

        List<Bounds> shown = new ArrayList<>();
        String crowdedOne = null;
        for (Entity e : window.explorer().visible().entities()) {
            Node label = window.graphView().labelNode(e.id());
            if (label == null) continue;
            if (label.isVisible()) shown.add(label.getBoundsInParent());
        }
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                assertFalse(shown.get(i).intersects(shown.get(j)), "labels " + i + " and " + j + " overlap");
            }
        }
        assertTrue(window.graphView().crowdedLabelCount() > 0, "a picture this dense has labels that gave way");
        UiFixtures.screenshot(window.root().getScene(), "labels-decluttered");

        // find a vertex whose label gave way and hover it
        for (Entity e : window.explorer().visible().entities()) {
            Node label = window.graphView().labelNode(e.id());
            double size = window.explorer().visible().sizes().getOrDefault(e.id(), 0.0);
            if (label != null && !label.isVisible() && size >= org.policygraph.ui.view.GraphView.labelThreshold(window.explorer().visible())) {
                crowdedOne = e.id();
                break;
            }
        }
        assertTrue(crowdedOne != null, "a standing label that gave way");
        String id = crowdedOne;
        Node vertex = window.graphView().vertexNode(id);
        robot.interact(() -> vertex.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, null, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        assertTrue(window.graphView().labelNode(id).isVisible(), "hovering shows it");
        robot.interact(() -> vertex.fireEvent(new MouseEvent(MouseEvent.MOUSE_EXITED, 0, 0, 0, 0, null, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        assertFalse(window.graphView().labelNode(id).isVisible(), "and leaving hides it again");
    }
}
