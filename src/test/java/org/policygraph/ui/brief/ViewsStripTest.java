package org.policygraph.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policygraph.io.project.SavedView;
import org.policygraph.model.Entity;
import org.policygraph.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The views strip driven with the mouse: create, thumbnails, reorder, rename, update from current, delete. */
@ExtendWith(ApplicationExtension.class)
class ViewsStripTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(BriefFixtures.services());
        window.show(stage);
        window.open(List.of(BriefFixtures.FIXTURE));
    }

    private SavedViews views() { return window.briefings().views(); }

    private List<String> names() { return views().list().stream().map(SavedView::name).toList(); }

    @Test
    void viewsAreMadeReorderedRenamedUpdatedAndDeletedFromTheStrip(FxRobot robot) {
        BriefFixtures.waitUntil("drawn", () -> window.graphView().drawnVertexCount() > 0
                && !window.explorer().buildingProperty().get());
        robot.clickOn("#views-add");
        robot.clickOn("#views-add");
        assertEquals(List.of("View 1", "View 2"), names());
        ImageView thumb = (ImageView) robot.lookup("#view-card-0").queryAs(VBox.class).getChildren().get(0);
        assertEquals(Thumbnails.WIDTH_DEFAULT, thumb.getImage().getWidth(), 0.5);

        VBox first = robot.lookup("#view-card-0").queryAs(VBox.class);
        Button right = (Button) robot.from(first).lookup("▶").query();
        robot.clickOn(right);
        assertEquals(List.of("View 2", "View 1"), names());
        assertEquals(1, views().current());

        robot.doubleClickOn("#view-card-1");
        BriefFixtures.waitUntil("the rename dialog", () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Operation Trojan Shield").push(KeyCode.ENTER);
        BriefFixtures.waitUntil("renamed", () -> names().get(1).equals("Operation Trojan Shield"));

        String europol = window.explorer().graph().find("Europol").map(Entity::id).orElseThrow();
        BriefFixtures.runFx(() -> {
            window.explorer().select(europol);
            window.explorer().focus(1);
        });
        BriefFixtures.waitUntil("focused", () -> !window.explorer().buildingProperty().get()
                && window.graphView().drawnVertexCount() < window.explorer().graph().entityCount());
        int before = views().get(1).visibleNodeIds().size();
        contextMenu(robot, "#view-card-1");
        robot.clickOn("Update from current");
        BriefFixtures.waitUntil("updated", () -> views().get(1).visibleNodeIds().size() != before);
        assertEquals(europol, views().get(1).selectedId());
        assertEquals("Operation Trojan Shield", views().get(1).name(), "the name stays");
        assertNotEquals(views().get(0).visibleNodeIds().size(), views().get(1).visibleNodeIds().size());

        contextMenu(robot, "#view-card-0");
        robot.clickOn("Delete");
        assertEquals(List.of("Operation Trojan Shield"), names());
        Node hint = robot.lookup("#views-cards").query();
        assertTrue(hint.isVisible());
        BriefFixtures.screenshot(window.root().getScene(), "brief-strip-after-edits");
    }

    /** Monocle sends no context-menu request on a right click (TestFX/TestFX#645): fire the request itself. */
    private static void contextMenu(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        BriefFixtures.runFx(() -> {
            var b = node.getBoundsInLocal();
            var scene = node.localToScene(b.getCenterX(), b.getCenterY());
            var screen = node.localToScreen(b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(),
                    screen.getY(), false, new javafx.scene.input.PickResult(node, scene.getX(), scene.getY())));
        });
    }
}
