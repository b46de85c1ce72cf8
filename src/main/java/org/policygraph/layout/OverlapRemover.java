package org.policygraph.layout;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Pushes apart vertices closer than a minimum distance, a few sweeps, so node discs do not pile up. Forces
 * leave clusters denser than discs allow; this is the cheap cure (a grid, so each sweep is near-linear).
 */
final class OverlapRemover {
    static final int SWEEPS_DEFAULT = 8;

    private OverlapRemover() {
    }

    /** Moves the unfixed vertices of {@code pos} in place, visiting them in {@code order}; fixed ones never move. */
    static <T> void separate(Map<T, Point> pos, List<T> order, Set<T> fixed, double minDistance, int sweeps) {
        separate(pos, order, fixed, v -> minDistance / 2, 0, sweeps);
    }

    /**
     * Same, with a disc per vertex: two vertices end at least {@code radius(a) + radius(b) + gap} apart (when the
     * sweeps suffice).
     */
    static <T> void separate(Map<T, Point> pos, List<T> order, Set<T> fixed, ToDoubleFunction<T> radius, double gap,
            int sweeps) {
        double maxR = 0;
        for (T v : order) maxR = Math.max(maxR, radius.applyAsDouble(v));
        double cell = Math.max(1e-3, 2 * maxR + gap);
        for (int s = 0; s < sweeps; s++) {
            PointGrid<T> grid = new PointGrid<>(cell);
            for (T v : order) grid.add(v, pos.get(v));
            boolean moved = false;
            for (int vi = 0; vi < order.size(); vi++) {
                T v = order.get(vi);
                double rv = radius.applyAsDouble(v);
                for (T u : grid.near(pos.get(v).x(), pos.get(v).y(), rv + maxR + gap)) {
                    if (u.equals(v)) continue;
                    boolean fv = fixed.contains(v), fu = fixed.contains(u);
                    if (fv && fu) continue;
                    Point a = pos.get(v), b = pos.get(u);
                    double dx = a.x() - b.x(), dy = a.y() - b.y();
                    double d = Math.sqrt(dx * dx + dy * dy);
                    double minDistance = rv + radius.applyAsDouble(u) + gap;
                    if (d >= minDistance) continue;
                    if (d < 1e-6) {
                        // same spot: split along a direction derived from the visiting index, so runs repeat
                        double ang = vi * 2.399963;
                        dx = Math.cos(ang);
                        dy = Math.sin(ang);
                    } else {
                        dx /= d;
                        dy /= d;
                    }
                    double push = (minDistance - d) * 1.02;
                    double shareV = fv ? 0 : fu ? 1 : 0.5;
                    double shareU = 1 - shareV;
                    Point na = new Point(a.x() + dx * push * shareV, a.y() + dy * push * shareV);
                    Point nb = new Point(b.x() - dx * push * shareU, b.y() - dy * push * shareU);
                    pos.put(v, na);
                    pos.put(u, nb);
                    grid.move(v, na);
                    grid.move(u, nb);
                    moved = true;
                }
            }
            if (!moved) return;
        }
    }
}
