package org.policygraph.ui.canvas;

/** One long key for a cell (i, j) of the uniform grids that hit testing and label placement use. */
final class GridKey {
    private GridKey() {
    }

    static long of(long i, long j) {
        return (i << 32) ^ (j & 0xffffffffL);
    }
}
