package org.policygraph.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policygraph.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Showing a saved view sets the sidebar's filters to the view's (they used to keep whatever was ticked last), and
 * doing so does not send them back: the view's own picture stays, with no new layout started over it.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarFollowsViewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(BriefFixtures.services());
        window.show(stage);
        window.open(List.of(BriefFixtures.FIXTURE));
    }

    private boolean idle() {
        return window.graphView().drawnVertexCount() > 0 && !window.explorer().buildingProperty().get();
    }

    @Test
    void savedViewFiltersShowInTheSidebar(FxRobot robot) {
        BriefFixtures.waitUntil("drawn", this::idle);
        CheckBox agencies = robot.lookup("#filter-type-AGENCY").queryAs(CheckBox.class);
        assertTrue(agencies.isSelected());

        robot.clickOn("#filter-type-AGENCY"); // hide agencies, then keep that as a view
        BriefFixtures.waitUntil("agencies hidden", () -> idle() && window.explorer().settings().hiddenTypes().contains("AGENCY"));
        robot.clickOn("#views-add");
        int savedNodes = window.briefings().views().get(0).visibleNodeIds().size();

        robot.clickOn("#filter-type-AGENCY"); // show them again
        BriefFixtures.waitUntil("agencies back", () -> idle() && !window.explorer().settings().hiddenTypes().contains("AGENCY"));
        assertTrue(agencies.isSelected());

        AtomicBoolean rebuilt = new AtomicBoolean();
        BriefFixtures.runFx(() -> window.explorer().buildingProperty().addListener((o, a, b) -> { if (b) rebuilt.set(true); }));
        robot.clickOn("#view-card-0");
        BriefFixtures.waitUntil("view shown", () -> window.explorer().settings().hiddenTypes().contains("AGENCY"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(agencies.isSelected(), "the sidebar shows the view's filter");
        assertFalse(rebuilt.get(), "following the view started no rebuild");
        assertEquals(savedNodes, window.explorer().visible().entities().size(), "the view's picture, not a new one");
    }
}
