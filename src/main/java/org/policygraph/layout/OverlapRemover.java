package org.policygraph.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Pushes apart vertices whose discs come too close, a few sweeps, so nodes do not pile up. Forces leave
 * clusters denser than discs allow; this is the cheap cure. Each sweep buckets the vertices into a grid once
 * (arrays, no per-move bookkeeping), so a sweep over 20,000 vertices takes milliseconds.
 */
final class OverlapRemover {
    static final int SWEEPS_DEFAULT = 8;

    private OverlapRemover() {
    }

    /** Moves the unfixed vertices of {@code pos} in place so centres end at least minDistance apart. */
    static <T> void separate(Map<T, Point> pos, List<T> order, Set<T> fixed, double minDistance, int sweeps) {
        separate(pos, order, fixed, v -> minDistance / 2, 0, sweeps);
    }

    /**
     * Same, with a disc per vertex: two vertices end at least {@code radius(a) + radius(b) + gap} apart (when the
     * sweeps suffice). Vertices are visited in {@code order}; fixed ones never move.
     */
    static <T> void separate(Map<T, Point> pos, List<T> order, Set<T> fixed, ToDoubleFunction<T> radius, double gap,
            int sweeps) {
        int n = order.size();
        double[] x = new double[n], y = new double[n], r = new double[n];
        boolean[] pinned = new boolean[n];
        double maxR = 0;
        for (int i = 0; i < n; i++) {
            T v = order.get(i);
            x[i] = pos.get(v).x();
            y[i] = pos.get(v).y();
            r[i] = radius.applyAsDouble(v);
            pinned[i] = fixed.contains(v);
            maxR = Math.max(maxR, r[i]);
        }
        double cell = Math.max(1e-3, 2 * maxR + gap);
        Integer[] idx = new Integer[n];
        long[] key = new long[n];
        for (int s = 0; s < sweeps; s++) {
            for (int i = 0; i < n; i++) {
                idx[i] = i;
                key[i] = PointGrid.pack((long) Math.floor(x[i] / cell), (long) Math.floor(y[i] / cell));
            }
            Arrays.sort(idx, (a, b) -> Long.compare(key[a], key[b]));
            Map<Long, int[]> runs = new HashMap<>();
            for (int i = 0; i < n; ) {
                int j = i;
                while (j < n && key[idx[j]] == key[idx[i]]) j++;
                runs.put(key[idx[i]], new int[] {i, j});
                i = j;
            }
            boolean moved = false;
            for (int v = 0; v < n; v++) {
                long cx = (long) Math.floor(x[v] / cell), cy = (long) Math.floor(y[v] / cell);
                for (long i = cx - 1; i <= cx + 1; i++) {
                    for (long j = cy - 1; j <= cy + 1; j++) {
                        int[] run = runs.get(PointGrid.pack(i, j));
                        if (run == null) continue;
                        for (int k = run[0]; k < run[1]; k++) {
                            int u = idx[k];
                            if (u <= v || (pinned[u] && pinned[v])) continue;
                            moved |= push(x, y, r, pinned, v, u, gap);
                        }
                    }
                }
            }
            if (!moved) break;
        }
        for (int i = 0; i < n; i++) {
            if (!pinned[i]) pos.put(order.get(i), new Point(x[i], y[i]));
        }
    }

    private static boolean push(double[] x, double[] y, double[] r, boolean[] pinned, int v, int u, double gap) {
        double min = r[v] + r[u] + gap;
        double dx = x[v] - x[u], dy = y[v] - y[u];
        double d = Math.sqrt(dx * dx + dy * dy);
        if (d >= min) return false;
        if (d < 1e-6) {
            // same spot: split along a direction derived from the indices, so runs repeat
            double ang = (v * 31 + u) * 2.399963;
            dx = Math.cos(ang);
            dy = Math.sin(ang);
        } else {
            dx /= d;
            dy /= d;
        }
        double amount = (min - d) * 1.02;
        double shareV = pinned[v] ? 0 : pinned[u] ? 1 : 0.5;
        double shareU = 1 - shareV;
        x[v] += dx * amount * shareV;
        y[v] += dy * amount * shareV;
        x[u] -= dx * amount * shareU;
        y[u] -= dy * amount * shareU;
        return true;
    }
}
