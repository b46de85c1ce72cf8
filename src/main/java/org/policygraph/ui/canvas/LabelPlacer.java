package org.policygraph.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the screen boxes already taken by labels (and the legend) and refuses a new box that overlaps one,
 * so labels never print over each other: the painter offers the most important labels first. Pure geometry.
 */
public final class LabelPlacer {
    private static final double CELL = 64;
    private final Map<Long, List<double[]>> cells = new HashMap<>();
    private int placed;

    /** Takes the box (x, y, w, h) if it overlaps nothing taken yet; returns whether it did. */
    public boolean tryPlace(double x, double y, double w, double h) {
        if (overlaps(x, y, w, h)) return false;
        reserve(x, y, w, h);
        placed++;
        return true;
    }

    /** Marks a box as taken whatever lies there (the legend, the title). */
    public void reserve(double x, double y, double w, double h) {
        double[] r = {x, y, x + w, y + h};
        for (long i = cell(x); i <= cell(x + w); i++) {
            for (long j = cell(y); j <= cell(y + h); j++) {
                cells.computeIfAbsent(GridKey.of(i, j), k -> new ArrayList<>(2)).add(r);
            }
        }
    }

    public boolean overlaps(double x, double y, double w, double h) {
        for (long i = cell(x); i <= cell(x + w); i++) {
            for (long j = cell(y); j <= cell(y + h); j++) {
                List<double[]> list = cells.get(GridKey.of(i, j));
                if (list == null) continue;
                for (double[] r : list) {
                    if (x < r[2] && r[0] < x + w && y < r[3] && r[1] < y + h) return true;
                }
            }
        }
        return false;
    }

    public int placed() {
        return placed;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }
}
