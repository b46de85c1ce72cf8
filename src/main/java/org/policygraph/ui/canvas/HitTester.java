package org.policygraph.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policygraph.layout.Point;
import org.policygraph.model.Entity;

/**
 * Finds the node under a screen point through a uniform grid of the nodes on screen, so a click or hover on a
 * 20,000-node graph costs a few cells. When discs overlap, the one painted on top (the larger) wins. Pure: built
 * from a scene and a viewport, no toolkit.
 */
public final class HitTester {
    /** Extra screen pixels around a disc that still count as a hit (small dots are hard to click). */
    public static final double SLOP = 3;

    private final GraphScene scene;
    private final Viewport view;
    private final double cell;
    private final Map<Long, List<Entity>> grid = new HashMap<>();

    public HitTester(GraphScene scene, Viewport view) {
        this.scene = scene;
        this.view = view;
        this.cell = NodeSizing.radius(1, view.zoom()) * 2 + SLOP;
        for (Entity e : scene.entities()) {
            Point p = scene.positions().get(e);
            if (p == null) continue;
            double sx = view.screenX(p.x()), sy = view.screenY(p.y());
            if (!view.visible(p.x(), p.y(), cell)) continue;
            grid.computeIfAbsent(key(sx, sy), k -> new ArrayList<>(2)).add(e);
        }
    }

    public Optional<Entity> entityAt(double sx, double sy) {
        Entity best = null;
        double bestSize = -1, bestDist = Double.MAX_VALUE;
        long cx = (long) Math.floor(sx / cell), cy = (long) Math.floor(sy / cell);
        for (long i = cx - 1; i <= cx + 1; i++) {
            for (long j = cy - 1; j <= cy + 1; j++) {
                List<Entity> list = grid.get(GridKey.of(i, j));
                if (list == null) continue;
                for (Entity e : list) {
                    Point p = scene.positions().get(e);
                    double dx = view.screenX(p.x()) - sx, dy = view.screenY(p.y()) - sy;
                    double d = Math.sqrt(dx * dx + dy * dy);
                    double size = scene.size(e);
                    if (d > NodeSizing.radius(size, view.zoom()) + SLOP) continue;
                    if (size > bestSize || (size == bestSize && d < bestDist)) {
                        best = e;
                        bestSize = size;
                        bestDist = d;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private long key(double sx, double sy) {
        return GridKey.of((long) Math.floor(sx / cell), (long) Math.floor(sy / cell));
    }
}
