package org.policygraph.io.brief;

/** A point in any layout space; the writer scales a set of them into its picture box. */
public record Position(double x, double y) {
}
