package org.policygraph.ui.canvas;

/**
 * Screen radius of a node from its size weight (centrality 0..1) and the zoom. Zoomed out, nodes shrink with the
 * zoom (down to 30%), so the layout's spacing keeps discs apart; zoomed in they grow only with the square root of
 * the zoom, so nodes spread apart more than they swell.
 */
public final class NodeSizing {
    public static final double MIN_RADIUS = 6;
    public static final double MAX_RADIUS = 26;

    private NodeSizing() {
    }

    public static double radius(double weight, double zoom) {
        double w = Math.max(0, Math.min(1, weight));
        double scale = zoom <= 1 ? Math.max(0.3, zoom) : Math.min(1.6, Math.sqrt(zoom));
        return (MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * w) * scale;
    }
}
