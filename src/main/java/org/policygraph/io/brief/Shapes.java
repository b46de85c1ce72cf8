package org.policygraph.io.brief;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The ontology's node shapes (circle, square, diamond, triangle, hexagon, star) as PDF paths. */
final class Shapes {
    /** Bezier control distance that makes four cubic curves a circle. */
    private static final float KAPPA = 0.5523f;

    private Shapes() {
    }

    static void draw(PDPageContentStream s, String shape, float x, float y, float r, float[] fill, float[] stroke,
            float strokeWidth) throws IOException {
        path(s, shape == null ? "circle" : shape, x, y, r);
        s.setNonStrokingColor(fill[0], fill[1], fill[2]);
        s.setStrokingColor(stroke[0], stroke[1], stroke[2]);
        s.setLineWidth(strokeWidth);
        s.setLineDashPattern(new float[0], 0);
        s.fillAndStroke();
    }

    private static void path(PDPageContentStream s, String shape, float x, float y, float r) throws IOException {
        switch (shape) {
            case "square", "rectangle" -> s.addRect(x - r * 0.88f, y - r * 0.88f, r * 1.76f, r * 1.76f);
            case "diamond" -> polygon(s, x, y, r * 1.1f, 4, 90);
            case "triangle" -> polygon(s, x, y - r * 0.15f, r * 1.2f, 3, 90);
            case "hexagon" -> polygon(s, x, y, r * 1.02f, 6, 0);
            case "star" -> star(s, x, y, r * 1.2f);
            default -> circle(s, x, y, r);
        }
    }

    private static void circle(PDPageContentStream s, float x, float y, float r) throws IOException {
        float k = r * KAPPA;
        s.moveTo(x + r, y);
        s.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        s.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        s.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        s.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        s.closePath();
    }

    private static void polygon(PDPageContentStream s, float x, float y, float r, int sides, double startDeg)
            throws IOException {
        for (int i = 0; i < sides; i++) {
            double a = Math.toRadians(startDeg + 360.0 * i / sides);
            float px = x + r * (float) Math.cos(a), py = y + r * (float) Math.sin(a);
            if (i == 0) s.moveTo(px, py);
            else s.lineTo(px, py);
        }
        s.closePath();
    }

    private static void star(PDPageContentStream s, float x, float y, float r) throws IOException {
        for (int i = 0; i < 10; i++) {
            double a = Math.toRadians(90 + 36.0 * i);
            float rr = i % 2 == 0 ? r : r * 0.45f;
            float px = x + rr * (float) Math.cos(a), py = y + rr * (float) Math.sin(a);
            if (i == 0) s.moveTo(px, py);
            else s.lineTo(px, py);
        }
        s.closePath();
    }
}
