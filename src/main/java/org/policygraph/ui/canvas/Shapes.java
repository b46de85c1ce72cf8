package org.policygraph.ui.canvas;

import javafx.scene.canvas.GraphicsContext;

/**
 * Adds the outline of a node shape (circle, square, diamond, triangle, hexagon; anything else a circle) to the
 * current path, sized so every shape looks about as heavy as a circle of the same radius.
 */
final class Shapes {
    private Shapes() {
    }

    static void addToPath(GraphicsContext gc, String shape, double x, double y, double r) {
        switch (shape == null ? "circle" : shape) {
            case "square" -> {
                double h = r * 0.89;
                gc.moveTo(x - h, y - h);
                gc.lineTo(x + h, y - h);
                gc.lineTo(x + h, y + h);
                gc.lineTo(x - h, y + h);
                gc.closePath();
            }
            case "diamond" -> {
                double h = r * 1.2;
                gc.moveTo(x, y - h);
                gc.lineTo(x + h, y);
                gc.lineTo(x, y + h);
                gc.lineTo(x - h, y);
                gc.closePath();
            }
            case "triangle" -> {
                double h = r * 1.3;
                gc.moveTo(x, y - h);
                gc.lineTo(x + h * 0.866, y + h * 0.5);
                gc.lineTo(x - h * 0.866, y + h * 0.5);
                gc.closePath();
            }
            case "hexagon" -> {
                double h = r * 1.05;
                for (int i = 0; i < 6; i++) {
                    double a = Math.PI / 6 + i * Math.PI / 3;
                    if (i == 0) gc.moveTo(x + h * Math.cos(a), y + h * Math.sin(a));
                    else gc.lineTo(x + h * Math.cos(a), y + h * Math.sin(a));
                }
                gc.closePath();
            }
            default -> {
                gc.moveTo(x + r, y);
                gc.arc(x, y, r, r, 0, 360);
                gc.closePath();
            }
        }
    }

    /** Fills and outlines one shape. */
    static void draw(GraphicsContext gc, String shape, double x, double y, double r, boolean outline) {
        gc.beginPath();
        addToPath(gc, shape, x, y, r);
        gc.fill();
        if (outline) gc.stroke();
    }
}
