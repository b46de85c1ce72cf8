package org.policygraph.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelPlacerTest {
    @Test
    void refusesOverlapsAndAcceptsFreeSpace() {
        LabelPlacer p = new LabelPlacer();
        assertTrue(p.tryPlace(10, 10, 100, 14));
        assertFalse(p.tryPlace(60, 15, 100, 14), "overlaps the first label");
        assertTrue(p.tryPlace(10, 25, 100, 14), "just below is free");
        assertTrue(p.tryPlace(300, 300, 40, 14));
        assertEquals(3, p.placed());
    }

    @Test
    void reservedAreasBlockLabels() {
        LabelPlacer p = new LabelPlacer();
        p.reserve(500, 0, 200, 300);
        assertFalse(p.tryPlace(450, 100, 80, 14));
        assertTrue(p.tryPlace(390, 100, 100, 14));
        assertEquals(1, p.placed());
    }
}
