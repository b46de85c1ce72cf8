package org.policygraph.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;

/** Drives the canvas with synthetic mouse events on the FX thread, headless. */
class GraphCanvasFxTest {
    private final Entity a = new Entity("a", "Alpha Agency", EntityType.AGENCY);
    private final Entity b = new Entity("b", "Bravo Land", EntityType.COUNTRY);

    @BeforeAll
    static void toolkit() {
        HeadlessToolkit.ensureStarted();
    }

    private GraphCanvas canvas() {
        GraphCanvas c = new GraphCanvas();
        new Scene(c, 800, 600);
        c.resize(800, 600);
        c.layout();
        c.setGraphScene(GraphScene.builder(Map.of(a, new Point(0, 0), b, new Point(400, 300)))
                .entities(List.of(a, b)).legend(false).build());
        c.setViewport(new Viewport(1, 100, 100, 800, 600));
        return c;
    }

    private static void mouse(GraphCanvas c, javafx.event.EventType<MouseEvent> type, double x, double y, int clicks) {
        Event.fireEvent(c.canvas(), new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, clicks, false, false, false,
                false, true, false, false, false, false, false, null));
    }

    private static void click(GraphCanvas c, double x, double y) {
        mouse(c, MouseEvent.MOUSE_PRESSED, x, y, 1);
        mouse(c, MouseEvent.MOUSE_RELEASED, x, y, 1);
        mouse(c, MouseEvent.MOUSE_CLICKED, x, y, 1);
    }

    private static void drag(GraphCanvas c, double x0, double y0, double x1, double y1) {
        mouse(c, MouseEvent.MOUSE_PRESSED, x0, y0, 1);
        mouse(c, MouseEvent.MOUSE_DRAGGED, x1, y1, 1);
        mouse(c, MouseEvent.MOUSE_RELEASED, x1, y1, 1);
    }

    @Test
    void clickSelectsTheNodeAndClickOnBackgroundClears() throws Exception {
        HeadlessToolkit.onFxThread(() -> {
            GraphCanvas c = canvas();
            click(c, 100, 100);
            assertEquals(a, c.getSelection());
            click(c, 300, 50);
            assertNull(c.getSelection());
            return null;
        });
    }

    @Test
    void doubleClickOpensAndDraggingANodeMovesAndPinsIt() throws Exception {
        HeadlessToolkit.onFxThread(() -> {
            GraphCanvas c = canvas();
            List<Entity> opened = new ArrayList<>();
            List<Point> drops = new ArrayList<>();
            c.setOnOpen(opened::add);
            c.setOnNodeMoved((e, p) -> drops.add(p));
            mouse(c, MouseEvent.MOUSE_CLICKED, 500, 400, 2);
            assertEquals(List.of(b), opened);
            drag(c, 500, 400, 540, 420);
            assertEquals(new Point(440, 320), c.pinnedPositions().get(b));
            assertEquals(List.of(new Point(440, 320)), drops);
            assertEquals(b, c.entityAt(540, 420).orElse(null));
            return null;
        });
    }

    @Test
    void draggingTheBackgroundPansAndFitShowsEverything() throws Exception {
        HeadlessToolkit.onFxThread(() -> {
            GraphCanvas c = canvas();
            drag(c, 300, 50, 330, 90);
            assertEquals(130, c.getViewport().panX(), 1e-9);
            assertEquals(140, c.getViewport().panY(), 1e-9);
            c.fitToView();
            Viewport v = c.getViewport();
            for (Point p : List.of(new Point(0, 0), new Point(400, 300))) {
                assertTrue(v.screenX(p.x()) > 0 && v.screenX(p.x()) < 800 && v.screenY(p.y()) > 0
                        && v.screenY(p.y()) < 600, "fit leaves " + p + " outside");
            }
            return null;
        });
    }

    @Test
    void panningABigGraphMovesTheCachedPictureThenRepaints() throws Exception {
        HeadlessToolkit.onFxThread(() -> {
            GraphCanvas c = canvas();
            c.setGestureCacheThreshold(0);
            c.paintNow();
            Color agency = Color.web(org.policygraph.extract.Ontology.defaults().color(EntityType.AGENCY));
            assertTrue(close(agency, pixel(c, 100, 100)), "node a before the pan");
            c.beginGesture();
            assertTrue(c.isGestureCached());
            c.panBy(60, 40);
            assertTrue(close(agency, pixel(c, 160, 140)), "cached picture moved with the drag");
            assertTrue(close(Color.WHITE, pixel(c, 100, 100)), "old spot is empty");
            c.endGesture();
            assertTrue(!c.isGestureCached());
            assertTrue(close(agency, pixel(c, 160, 140)), "repainted at the new place");
            return null;
        });
    }

    private static Color pixel(GraphCanvas c, int x, int y) {
        return c.canvas().snapshot(null, null).getPixelReader().getColor(x, y);
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }

    @Test
    void hoverShowsTheFullLabelAndKeysZoomAndFit() throws Exception {
        HeadlessToolkit.onFxThread(() -> {
            GraphCanvas c = canvas();
            mouse(c, MouseEvent.MOUSE_MOVED, 500, 400, 0);
            Label hover = c.getChildrenUnmodifiable().stream().filter(n -> n instanceof Label).map(n -> (Label) n)
                    .findFirst().orElseThrow();
            assertTrue(hover.isVisible());
            assertTrue(hover.getText().contains("Bravo Land"), hover.getText());
            mouse(c, MouseEvent.MOUSE_MOVED, 300, 50, 0);
            assertTrue(!hover.isVisible());
            double z = c.getViewport().zoom();
            Event.fireEvent(c, new KeyEvent(KeyEvent.KEY_PRESSED, "+", "+", KeyCode.PLUS, false, false, false, false));
            assertEquals(z * 1.25, c.getViewport().zoom(), 1e-9);
            return null;
        });
    }
}
