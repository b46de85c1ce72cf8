package org.policygraph.ui.canvas;

import org.policygraph.layout.Bounds;

/**
 * Maps layout space to screen pixels: {@code screen = layout * zoom + pan}. Immutable; the pan/zoom gestures
 * produce new viewports. Pure arithmetic, testable without the toolkit.
 */
public record Viewport(double zoom, double panX, double panY, double width, double height) {
    public static final double MIN_ZOOM = 0.02;
    public static final double MAX_ZOOM = 25;

    public double screenX(double x) { return x * zoom + panX; }
    public double screenY(double y) { return y * zoom + panY; }
    public double layoutX(double sx) { return (sx - panX) / zoom; }
    public double layoutY(double sy) { return (sy - panY) / zoom; }

    public Viewport panBy(double dx, double dy) {
        return new Viewport(zoom, panX + dx, panY + dy, width, height);
    }

    public Viewport resize(double w, double h) {
        return new Viewport(zoom, panX, panY, w, h);
    }

    /** Zooms by {@code factor} keeping the layout point under the screen point (sx, sy) where it is. */
    public Viewport zoomAt(double factor, double sx, double sy) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double lx = layoutX(sx), ly = layoutY(sy);
        return new Viewport(z, sx - lx * z, sy - ly * z, width, height);
    }

    /** Whether a layout-space disc of screen radius r would show on screen. */
    public boolean visible(double x, double y, double screenRadius) {
        double sx = screenX(x), sy = screenY(y);
        return sx + screenRadius >= 0 && sy + screenRadius >= 0 && sx - screenRadius <= width
                && sy - screenRadius <= height;
    }

    /**
     * The viewport that shows the bounds inside a width x height screen, leaving the given screen margins free
     * (title, legend), centred in what is left. Never zooms in beyond {@code maxZoom}.
     */
    public static Viewport fit(Bounds b, double width, double height, double left, double top, double right,
            double bottom, double maxZoom) {
        double w = Math.max(1, width - left - right), h = Math.max(1, height - top - bottom);
        double zx = b.width() > 0 ? w / b.width() : maxZoom;
        double zy = b.height() > 0 ? h / b.height() : maxZoom;
        double z = Math.max(MIN_ZOOM, Math.min(maxZoom, Math.min(zx, zy)));
        double px = left + w / 2 - b.centerX() * z;
        double py = top + h / 2 - b.centerY() * z;
        return new Viewport(z, px, py, width, height);
    }

    public static Viewport fit(Bounds b, double width, double height, double margin) {
        return fit(b, width, height, margin, margin, margin, margin, 2.0);
    }
}
