package org.policygraph.layout;

/** A vertex position in layout space (pixels at zoom 1). */
public record Point(double x, double y) {
}
