package org.policygraph.ui.brief;

import java.util.List;

/**
 * A view drawn as plain shapes in picture coordinates (pixels of the target): what the SVG writer and the
 * Java2D renderer (thumbnails, PDF pages) both draw, so they agree with each other and with the screen.
 *
 * @param width      picture width in pixels
 * @param height     picture height in pixels
 * @param fontSize   label size in pixels
 */
public record ViewPicture(double width, double height, List<Node> nodes, List<Link> links, List<LegendEntry> legend,
        double fontSize) {

    /** Mark on a node or link: nothing, part of the highlighted path, or dimmed because a path is shown. */
    public enum Mark { NONE, PATH, DIMMED, SELECTED }

    /** One vertex: centre, radius, ontology shape (circle, square, triangle, diamond, hexagon...) and colour. */
    public record Node(String id, String label, String type, double x, double y, double radius, String shape,
            String color, boolean labelled, Mark mark) {
    }

    /** One edge from centre to centre, with its relation colour and source-strength width. */
    public record Link(String id, String type, double x1, double y1, double x2, double y2, String color, double width,
            boolean dashed, boolean directed, Mark mark) {
    }

    /** One legend row: an entity type present in the picture. */
    public record LegendEntry(String label, String color, String shape) {
    }

    public ViewPicture {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        legend = List.copyOf(legend);
    }

    /** Stroke colour of the highlighted path (as on screen). */
    public static final String PATH_COLOR = "#f59e0b";
    public static final String SELECTED_STROKE = "#111827";

    /** Corners of a regular polygon shape around a centre, first corner at the top (as SmartGraph draws them). */
    public static double[] polygon(String shape, double cx, double cy, double r) {
        int n = switch (shape) {
            case "triangle" -> 3;
            case "square", "diamond" -> 4;
            case "pentagon" -> 5;
            case "hexagon" -> 6;
            case "octagon" -> 8;
            default -> 0;
        };
        if (n == 0) return new double[0];
        double start = "square".equals(shape) ? -Math.PI / 4 * 3 : -Math.PI / 2;
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double a = start + 2 * Math.PI * i / n;
            xy[2 * i] = cx + r * Math.cos(a);
            xy[2 * i + 1] = cy + r * Math.sin(a);
        }
        return xy;
    }
}
