package org.policygraph.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;

class HitTesterTest {
    private final Entity small = new Entity("small", "Small Office", "AGENCY");
    private final Entity big = new Entity("big", "Big Bureau", "AGENCY");
    private final Entity far = new Entity("far", "Far Country", "COUNTRY");

    private GraphScene scene() {
        Map<Entity, Point> pos = Map.of(small, new Point(100, 100), big, new Point(110, 100), far, new Point(900, 700));
        return GraphScene.builder(pos).entities(List.of(small, big, far)).sizes(Map.of(big, 1.0, small, 0.0)).build();
    }

    @Test
    void hitsTheNodeUnderThePointAndMissesEmptySpace() {
        HitTester h = new HitTester(scene(), new Viewport(1, 0, 0, 1000, 800));
        assertEquals(Optional.of(far), h.entityAt(903, 698));
        assertEquals(Optional.empty(), h.entityAt(500, 400));
        assertEquals(Optional.empty(), h.entityAt(900 + NodeSizing.radius(0, 1) + HitTester.SLOP + 1, 700));
    }

    @Test
    void theLargerNodePaintedOnTopWinsWhereDiscsOverlap() {
        HitTester h = new HitTester(scene(), new Viewport(1, 0, 0, 1000, 800));
        assertEquals(Optional.of(big), h.entityAt(100, 100));
    }

    @Test
    void followsPanAndZoom() {
        Viewport v = new Viewport(1, 0, 0, 1000, 800).zoomAt(2, 0, 0).panBy(-1000, -800);
        HitTester h = new HitTester(scene(), v);
        assertEquals(Optional.of(far), h.entityAt(v.screenX(900), v.screenY(700)));
        assertTrue(h.entityAt(v.screenX(100), v.screenY(100)).isEmpty(), "off-screen nodes are not hit");
    }
}
