package org.policygraph.io.project;

/** Where a node sits on the canvas, in layout coordinates. */
public record NodePosition(double x, double y) {
}
