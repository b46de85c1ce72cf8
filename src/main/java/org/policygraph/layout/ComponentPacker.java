package org.policygraph.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places separately laid-out components side by side (shelf packing, tallest first, smaller ones stacked in
 * columns beside the tallest of their row), aiming at the
 * aspect ratio of the target box. A force layout of a disconnected graph flings components to the frame; packing
 * keeps islands next to the main component instead.
 */
final class ComponentPacker {
    private ComponentPacker() {
    }

    /**
     * @param components each component's positions in its own coordinates
     * @param gap        space left between components
     * @param aspect     wanted width / height of the packed result
     */
    static <T> Map<T, Point> pack(List<Map<T, Point>> components, double gap, double aspect) {
        List<Map<T, Point>> order = new ArrayList<>(components);
        List<Bounds> bounds = new ArrayList<>();
        for (Map<T, Point> c : order) bounds.add(Bounds.of(c.values()));
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) idx.add(i);
        // tallest first, then larger, then input order: deterministic
        idx.sort(Comparator.<Integer>comparingDouble(i -> -bounds.get(i).height())
                .thenComparingInt(i -> -order.get(i).size()).thenComparingInt(i -> i));
        double area = 0, widest = 0;
        for (Bounds b : bounds) {
            area += (b.width() + gap) * (b.height() + gap);
            widest = Math.max(widest, b.width() + gap);
        }
        // try a few row widths and keep the packing that fits the target box at the largest scale
        double base = Math.max(widest, Math.sqrt(area * aspect));
        Map<T, Point> best = null;
        double bestScale = -1;
        for (double f : new double[] {1, 1.15, 1.3, 1.5, 1.75, 2.1}) {
            Map<T, Point> packed = shelves(order, bounds, idx, gap, Math.max(widest, base * f));
            Bounds b = Bounds.of(packed.values());
            double scale = Math.min(aspect / Math.max(1e-9, b.width() + gap), 1 / Math.max(1e-9, b.height() + gap));
            if (scale > bestScale + 1e-12) {
                bestScale = scale;
                best = packed;
            }
        }
        return best;
    }

    private static <T> Map<T, Point> shelves(List<Map<T, Point>> order, List<Bounds> bounds, List<Integer> idx,
            double gap, double rowWidth) {
        Map<T, Point> out = new LinkedHashMap<>();
        // rows of columns: the first (tallest) item sets a row's height, smaller ones stack in columns beside it
        double rowY = 0, rowHeight = -1, colX = 0, colY = 0, colW = 0;
        for (int i : idx) {
            Bounds b = bounds.get(i);
            double x, y;
            if (rowHeight < 0) {
                rowHeight = b.height();
                x = 0;
                y = rowY;
                colX = 0;
                colY = b.height() + gap;
                colW = b.width();
            } else if (colY + b.height() <= rowHeight + 1e-9 && colX + b.width() <= rowWidth) {
                x = colX;
                y = rowY + colY;
                colY += b.height() + gap;
                colW = Math.max(colW, b.width());
            } else if (colX + colW + gap + b.width() <= rowWidth) {
                colX += colW + gap;
                colW = b.width();
                x = colX;
                y = rowY;
                colY = b.height() + gap;
            } else {
                rowY += rowHeight + gap;
                rowHeight = b.height();
                colX = 0;
                colW = b.width();
                x = 0;
                y = rowY;
                colY = b.height() + gap;
            }
            for (Map.Entry<T, Point> e : order.get(i).entrySet()) {
                Point p = e.getValue();
                out.put(e.getKey(), new Point(x + p.x() - b.minX(), y + p.y() - b.minY()));
            }
        }
        return out;
    }

    /** Scales and centres positions uniformly into [margin, width - margin] x [margin, height - margin]. */
    static <T> Map<T, Point> fit(Map<T, Point> pos, double width, double height, double margin) {
        Bounds b = Bounds.of(pos.values());
        double w = Math.max(1, width - 2 * margin), h = Math.max(1, height - 2 * margin);
        double s = Math.min(b.width() > 0 ? w / b.width() : Double.MAX_VALUE, b.height() > 0 ? h / b.height() : Double.MAX_VALUE);
        if (s == Double.MAX_VALUE) s = 1;
        double ox = width / 2 - b.centerX() * s, oy = height / 2 - b.centerY() * s;
        Map<T, Point> out = new LinkedHashMap<>();
        for (Map.Entry<T, Point> e : pos.entrySet()) {
            out.put(e.getKey(), new Point(e.getValue().x() * s + ox, e.getValue().y() * s + oy));
        }
        return out;
    }
}
