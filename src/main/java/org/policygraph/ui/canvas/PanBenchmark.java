package org.policygraph.ui.canvas;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;

import org.policygraph.graph.Centrality;
import org.policygraph.graph.GraphAnalytics;
import org.policygraph.graph.GraphGenerator;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.layout.LayoutKind;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.Progress;

/**
 * Measures how smooth panning is: a generated graph in a {@link GraphCanvas}, panned frame by frame, each frame
 * forced through the renderer with a snapshot (headless there is no screen to wait for, so the snapshot is the
 * frame). Also times a full repaint, which is what every frame would cost without the cached image.
 */
public final class PanBenchmark {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1000;

    private PanBenchmark() {
    }

    /**
     * @param panFrameMillis    average time of one pan frame (move + render), the number users feel
     * @param fullPaintMillis   average time of one full repaint of the same view
     * @param layoutMillis      time of the force layout of the graph
     */
    public record Result(int nodes, int edges, int frames, double panFrameMillis, double fullPaintMillis,
            double layoutMillis) {
    }

    /** Average pan frame time in ms for a generated graph (e.g. 2,000 nodes / 6,000 edges, 60 frames). */
    public static double averagePanFrameMillis(int nodes, int edges, int frames) throws Exception {
        return measure(nodes, edges, frames).panFrameMillis();
    }

    /** Starts JavaFX headless if needed, builds and lays out the graph, then times pan frames and full paints. */
    public static Result measure(int nodes, int edges, int frames) throws Exception {
        KnowledgeGraph g = new GraphGenerator().generate(nodes, edges);
        long t0 = System.nanoTime();
        Map<Entity, Point> pos = new JGraphTLayouter().layout(g.graph(), LayoutKind.FORCE, WIDTH * 1.5, HEIGHT * 1.5,
                Map.of(), Progress.NONE);
        double layoutMs = (System.nanoTime() - t0) / 1e6;
        Map<Entity, Double> sizes = new HashMap<>();
        GraphAnalytics.normalised(GraphAnalytics.centrality(g.graph(), Centrality.DEGREE))
                .forEach((e, v) -> sizes.put(e, Math.sqrt(v)));
        GraphScene scene = GraphScene.of(g.graph(), pos).sizes(sizes).title("Pan benchmark").build();
        HeadlessToolkit.ensureStarted();
        return HeadlessToolkit.onFxThread(() -> {
            GraphCanvas canvas = new GraphCanvas();
            new Scene(canvas, WIDTH, HEIGHT);
            canvas.resize(WIDTH, HEIGHT);
            canvas.layout();
            canvas.setGraphScene(scene);
            canvas.fitToView();
            SnapshotParameters params = new SnapshotParameters();
            // warm up: first paints load fonts and compile paths
            for (int i = 0; i < 3; i++) {
                canvas.paintNow();
                canvas.canvas().snapshot(params, null);
            }
            long full = 0;
            int fullRuns = Math.max(3, frames / 10);
            for (int i = 0; i < fullRuns; i++) {
                long s = System.nanoTime();
                canvas.paintNow();
                canvas.canvas().snapshot(params, null);
                full += System.nanoTime() - s;
            }
            double fullMs = full / 1e6 / fullRuns;
            long pan = 0;
            canvas.beginGesture();
            for (int i = 0; i < frames; i++) {
                double dx = (i / 10) % 2 == 0 ? 7 : -7;
                long s = System.nanoTime();
                canvas.panBy(dx, 3);
                canvas.canvas().snapshot(params, null);
                pan += System.nanoTime() - s;
            }
            canvas.endGesture();
            return new Result(nodes, g.relationCount(), frames, pan / 1e6 / Math.max(1, frames), fullMs, layoutMs);
        });
    }
}
