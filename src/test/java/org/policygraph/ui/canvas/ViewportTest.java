package org.policygraph.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policygraph.layout.Bounds;

class ViewportTest {
    @Test
    void layoutAndScreenCoordinatesRoundTrip() {
        Viewport v = new Viewport(2.5, 40, -30, 800, 600);
        assertEquals(123.0, v.layoutX(v.screenX(123)), 1e-9);
        assertEquals(-7.0, v.layoutY(v.screenY(-7)), 1e-9);
        assertEquals(2.5 * 10 + 40, v.screenX(10), 1e-9);
    }

    @Test
    void zoomKeepsThePointUnderTheCursorStill() {
        Viewport v = new Viewport(1, 0, 0, 800, 600);
        double lx = v.layoutX(300), ly = v.layoutY(200);
        Viewport z = v.zoomAt(1.7, 300, 200);
        assertEquals(1.7, z.zoom(), 1e-9);
        assertEquals(300, z.screenX(lx), 1e-9);
        assertEquals(200, z.screenY(ly), 1e-9);
        Viewport back = z.zoomAt(1 / 1.7, 300, 200);
        assertEquals(0, back.panX(), 1e-9);
        assertEquals(0, back.panY(), 1e-9);
    }

    @Test
    void zoomIsClamped() {
        Viewport v = new Viewport(1, 0, 0, 800, 600);
        assertEquals(Viewport.MAX_ZOOM, v.zoomAt(1e6, 0, 0).zoom(), 1e-9);
        assertEquals(Viewport.MIN_ZOOM, v.zoomAt(1e-6, 0, 0).zoom(), 1e-9);
    }

    @Test
    void panMovesEverythingByTheDrag() {
        Viewport v = new Viewport(3, 10, 20, 800, 600).panBy(-15, 25);
        assertEquals(3 * 100 + 10 - 15, v.screenX(100), 1e-9);
        assertEquals(3 * 100 + 20 + 25, v.screenY(100), 1e-9);
    }

    @Test
    void fitShowsTheWholeBoundsInsideTheMargins() {
        Bounds b = new Bounds(-500, 100, 1500, 900);
        Viewport v = Viewport.fit(b, 1600, 1000, 30, 70, 250, 30, 5);
        assertTrue(v.screenX(b.minX()) >= 30 - 1e-9);
        assertTrue(v.screenX(b.maxX()) <= 1600 - 250 + 1e-9);
        assertTrue(v.screenY(b.minY()) >= 70 - 1e-9);
        assertTrue(v.screenY(b.maxY()) <= 1000 - 30 + 1e-9);
        // the limiting side touches both margins
        assertEquals(1600 - 250 - 30, v.screenX(b.maxX()) - v.screenX(b.minX()), 1e-6);
    }

    @Test
    void fitOfASinglePointCentresItWithoutHugeZoom() {
        Viewport v = Viewport.fit(new Bounds(5, 5, 5, 5), 800, 600, 20);
        assertEquals(400, v.screenX(5), 1e-9);
        assertEquals(300, v.screenY(5), 1e-9);
        assertTrue(v.zoom() <= 2);
    }

    @Test
    void nodesShrinkWithZoomOutAndGrowSlowlyWithZoomIn() {
        assertEquals(NodeSizing.MIN_RADIUS, NodeSizing.radius(0, 1), 1e-9);
        assertEquals(NodeSizing.MAX_RADIUS, NodeSizing.radius(1, 1), 1e-9);
        assertEquals(NodeSizing.MAX_RADIUS * 0.5, NodeSizing.radius(1, 0.5), 1e-9);
        assertTrue(NodeSizing.radius(1, 4) < NodeSizing.MAX_RADIUS * 4);
        assertTrue(NodeSizing.radius(0.5, 1) > NodeSizing.radius(0.2, 1));
    }
}
