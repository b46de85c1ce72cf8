package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ComponentPackerTest {
    private static Map<String, Point> square(String name, double side) {
        return Map.of(name + "a", new Point(100, 100), name + "b", new Point(100 + side, 100 + side));
    }

    @Test
    void packedComponentsKeepTheirShapeAndDoNotOverlap() {
        List<Map<String, Point>> comps = new ArrayList<>();
        comps.add(square("big", 400));
        for (int i = 0; i < 12; i++) comps.add(square("s" + i, 20));
        Map<String, Point> out = ComponentPacker.pack(comps, 10, 1.6);
        assertEquals(26, out.size());
        List<Bounds> boxes = new ArrayList<>();
        for (Map<String, Point> c : comps) {
            Bounds before = Bounds.of(c.values());
            Bounds after = Bounds.of(c.keySet().stream().map(out::get).toList());
            assertEquals(before.width(), after.width(), 1e-9);
            assertEquals(before.height(), after.height(), 1e-9);
            boxes.add(after);
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Bounds a = boxes.get(i), b = boxes.get(j);
                assertTrue(a.maxX() < b.minX() || b.maxX() < a.minX() || a.maxY() < b.minY() || b.maxY() < a.minY(),
                        "components " + i + " and " + j + " overlap");
            }
        }
        // small ones sit beside the big one rather than in a long row under it
        Bounds all = Bounds.of(out.values());
        assertTrue(all.height() < 400 * 1.3, "packed height " + all.height());
    }

    @Test
    void fitScalesUniformlyIntoTheBoxAndCentres() {
        Map<String, Point> fitted = ComponentPacker.fit(Map.of("a", new Point(0, 0), "b", new Point(100, 50)),
                1000, 1000, 20);
        assertEquals(new Point(20, 500 - 480 / 2.0), fitted.get("a"));
        assertEquals(new Point(980, 500 + 480 / 2.0), fitted.get("b"));
    }
}
