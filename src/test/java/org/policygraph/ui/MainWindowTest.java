package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

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
}
