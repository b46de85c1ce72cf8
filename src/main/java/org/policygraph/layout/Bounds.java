package org.policygraph.layout;

import java.util.Collection;

/** The axis-aligned box around some points. */
public record Bounds(double minX, double minY, double maxX, double maxY) {
    public static Bounds of(Collection<Point> points) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Point p : points) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x());
            y1 = Math.max(y1, p.y());
        }
        return points.isEmpty() ? new Bounds(0, 0, 0, 0) : new Bounds(x0, y0, x1, y1);
    }

    public double width() { return maxX - minX; }
    public double height() { return maxY - minY; }
    public double centerX() { return (minX + maxX) / 2; }
    public double centerY() { return (minY + maxY) / 2; }
}
