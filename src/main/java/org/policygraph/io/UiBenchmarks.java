package org.policygraph.io;

/**
 * Benchmarks that need the JavaFX toolkit. The implementation lives in the ui package and is handed to the
 * bench command by the app, so the command line never imports JavaFX.
 */
@FunctionalInterface
public interface UiBenchmarks {
    /**
     * Mean time of one frame, in milliseconds, while panning a view of a generated graph (headless pulses).
     *
     * @param nodes number of vertices in the view
     * @param edges number of edges in the view
     */
    double panFrameMillis(int nodes, int edges) throws Exception;
}
