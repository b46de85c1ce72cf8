package org.policygraph.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Puts new vertices beside their already placed neighbours (at the first free spot on rings around their
 * centroid) without moving anything else, so a graph that grows by a document keeps its picture. Vertices with
 * no placed neighbour go in a column right of the drawing.
 */
final class NearPlacer {
    private NearPlacer() {
    }

    static Map<Entity, Point> place(Graph<Entity, Relation> g, Collection<Entity> newVertices,
            Map<Entity, Point> existing, double spacing) {
        Map<Entity, Point> out = new LinkedHashMap<>(existing);
        PointGrid<Entity> grid = new PointGrid<>(spacing);
        existing.forEach(grid::add);
        Bounds b = Bounds.of(existing.values());
        List<Entity> todo = new ArrayList<>();
        for (Entity e : newVertices) if (!existing.containsKey(e)) todo.add(e);
        double loneY = b.minY();
        // vertices next to placed ones first; placing them may anchor the others
        boolean progress = true;
        while (!todo.isEmpty()) {
            List<Entity> later = new ArrayList<>();
            for (Entity e : todo) {
                double sx = 0, sy = 0;
                int k = 0;
                if (g.containsVertex(e)) {
                    for (Relation r : g.edgesOf(e)) {
                        Entity s = g.getEdgeSource(r), t = g.getEdgeTarget(r);
                        Point p = out.get(s.equals(e) ? t : s);
                        if (p != null) {
                            sx += p.x();
                            sy += p.y();
                            k++;
                        }
                    }
                }
                if (k == 0 && progress) {
                    later.add(e);
                    continue;
                }
                Point at;
                if (k > 0) {
                    at = freeSpotNear(grid, sx / k, sy / k, spacing, out.size());
                } else {
                    at = freeSpotNear(grid, b.maxX() + spacing * 2, loneY, spacing, out.size());
                    loneY = at.y() + spacing;
                }
                out.put(e, at);
                grid.add(e, at);
            }
            progress = later.size() < todo.size();
            todo = later;
        }
        return out;
    }

    /** The first spot at least {@code spacing} from every placed point, on growing rings around (x, y). */
    static Point freeSpotNear(PointGrid<Entity> grid, double x, double y, double spacing, int salt) {
        for (int ring = 1; ring < 200; ring++) {
            int steps = 6 * ring;
            double r = spacing * ring;
            double start = (salt % 12) * Math.PI / 6;
            for (int i = 0; i < steps; i++) {
                double a = start + 2 * Math.PI * i / steps;
                double px = x + r * Math.cos(a), py = y + r * Math.sin(a);
                if (grid.near(px, py, spacing * 0.999).isEmpty()) return new Point(px, py);
            }
        }
        return new Point(x, y);
    }
}
