package org.policygraph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A uniform grid over points, so "who is within d of here" costs a few cells instead of a scan of all points. */
final class PointGrid<T> {
    private final double cell;
    private final Map<Long, List<T>> cells = new HashMap<>();
    private final Map<T, Point> where = new HashMap<>();

    PointGrid(double cell) {
        this.cell = Math.max(1e-6, cell);
    }

    void add(T item, Point p) {
        where.put(item, p);
        cells.computeIfAbsent(key(p.x(), p.y()), k -> new ArrayList<>(4)).add(item);
    }

    void move(T item, Point p) {
        Point old = where.get(item);
        if (old != null) {
            List<T> list = cells.get(key(old.x(), old.y()));
            if (list != null) list.remove(item);
        }
        add(item, p);
    }

    /** Items whose point lies within {@code radius} of (x, y), in insertion order per cell. */
    List<T> near(double x, double y, double radius) {
        List<T> out = new ArrayList<>();
        int r = (int) Math.ceil(radius / cell);
        long cx = (long) Math.floor(x / cell), cy = (long) Math.floor(y / cell);
        for (long i = cx - r; i <= cx + r; i++) {
            for (long j = cy - r; j <= cy + r; j++) {
                List<T> list = cells.get(pack(i, j));
                if (list == null) continue;
                for (T t : list) {
                    Point p = where.get(t);
                    double dx = p.x() - x, dy = p.y() - y;
                    if (dx * dx + dy * dy <= radius * radius) out.add(t);
                }
            }
        }
        return out;
    }

    private long key(double x, double y) {
        return pack((long) Math.floor(x / cell), (long) Math.floor(y / cell));
    }

    /** One long key for grid cell (i, j). */
    static long pack(long i, long j) {
        return (i << 32) ^ (j & 0xffffffffL);
    }
}
