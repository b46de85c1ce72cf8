package org.policygraph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import java.util.function.BooleanSupplier;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * JGraphT's indexed Fruchterman-Reingold layout with two changes. The repulsion of a far quadtree cell counts
 * every vertex in it (JGraphT's index counts a far cell as one vertex, so large graphs collapse into a pile in
 * the middle). And each iteration reports progress and may be cancelled, since JGraphT runs all iterations in
 * one call. Attraction, cooling and the frame come from JGraphT unchanged.
 */
final class BarnesHutFRLayout<V, E> extends IndexedFRLayoutAlgorithm2D<V, E> {
    private final IntConsumer iterationDone;
    private final BooleanSupplier cancelled;
    private int iteration;

    BarnesHutFRLayout(int iterations, double theta, double normalization, long seed, IntConsumer iterationDone,
            BooleanSupplier cancelled) {
        super(iterations, theta, normalization, new Random(seed));
        this.iterationDone = iterationDone;
        this.cancelled = cancelled;
    }

    @Override
    protected Map<V, Point2D> calculateRepulsiveForces(Graph<V, E> graph, LayoutModel2D<V> model) {
        if (cancelled.getAsBoolean()) throw new CancellationException("layout cancelled");
        List<V> vs = new ArrayList<>(graph.vertexSet());
        int n = vs.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Point2D p = model.get(vs.get(i));
            x[i] = p.getX();
            y[i] = p.getY();
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        Cell root = new Cell(minX, minY, Math.max(maxX - minX, maxY - minY) + 1e-6);
        for (int i = 0; i < n; i++) root.insert(x, y, i, 0);
        double k2 = optimalDistance * optimalDistance;
        Map<V, Point2D> disp = new HashMap<>(n * 2);
        Cell[] stack = new Cell[64 * 4];
        for (int i = 0; i < n; i++) {
            double fx = 0, fy = 0;
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                Cell c = stack[--top];
                if (c.mass == 0) continue;
                if (c.kids == null && c.point == i && c.mass == 1) continue;
                double dx = x[i] - c.sx / c.mass;
                double dy = y[i] - c.sy / c.mass;
                double d2 = dx * dx + dy * dy;
                boolean far = c.kids == null || c.size * c.size < theta * theta * d2;
                if (!far) {
                    for (Cell k : c.kids) if (k != null) stack[top++] = k;
                    continue;
                }
                double mass = c.kids == null && c.containsPoint(i) ? c.mass - 1 : c.mass;
                if (d2 < 1e-9) {
                    // coincident vertices: push apart in a direction fixed by the index, so runs repeat
                    double a = i * 2.399963;
                    fx += Math.cos(a) * optimalDistance * mass;
                    fy += Math.sin(a) * optimalDistance * mass;
                    continue;
                }
                // FR repulsion k^2/d along the unit vector, i.e. k^2/d^2 times the delta
                double f = k2 / d2 * mass;
                fx += dx * f;
                fy += dy * f;
            }
            disp.put(vs.get(i), Point2D.of(fx, fy));
        }
        iterationDone.accept(++iteration);
        return disp;
    }

    /** A quadtree cell holding the vertex count and coordinate sums (centre of mass) of what lies inside. */
    private static final class Cell {
        private static final int MAX_DEPTH = 24;
        final double x0, y0, size;
        double sx, sy;
        int mass;
        int point = -1;
        List<Integer> extra;
        Cell[] kids;

        Cell(double x0, double y0, double size) {
            this.x0 = x0;
            this.y0 = y0;
            this.size = size;
        }

        boolean containsPoint(int i) {
            return point == i || (extra != null && extra.contains(i));
        }

        void insert(double[] x, double[] y, int i, int depth) {
            sx += x[i];
            sy += y[i];
            mass++;
            if (kids == null) {
                if (point < 0) {
                    point = i;
                    return;
                }
                if (depth >= MAX_DEPTH) {
                    if (extra == null) extra = new ArrayList<>(2);
                    extra.add(i);
                    return;
                }
                kids = new Cell[4];
                int old = point;
                point = -1;
                child(x[old], y[old]).insert(x, y, old, depth + 1);
            }
            child(x[i], y[i]).insert(x, y, i, depth + 1);
        }

        private Cell child(double px, double py) {
            double h = size / 2;
            int q = (px >= x0 + h ? 1 : 0) + (py >= y0 + h ? 2 : 0);
            if (kids[q] == null) kids[q] = new Cell(x0 + (q & 1) * h, y0 + (q >> 1) * h, h);
            return kids[q];
        }
    }
}
