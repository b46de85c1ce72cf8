package org.policygraph.ui.render;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.jgrapht.Graph;
import org.policygraph.graph.Centrality;
import org.policygraph.graph.GraphAnalytics;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.AtomicFiles;
import org.policygraph.io.ImageRenderer;
import org.policygraph.layout.Bounds;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.layout.LayoutKind;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.Progress;
import org.policygraph.model.Relation;
import org.policygraph.ui.canvas.GraphPainter;
import org.policygraph.ui.canvas.GraphScene;
import org.policygraph.ui.canvas.HeadlessToolkit;
import org.policygraph.ui.canvas.NodeSizing;
import org.policygraph.ui.canvas.Viewport;

/**
 * Draws a graph (or the k-hop neighbourhood of one entity) to a PNG with no window: force layout off the FX
 * thread, nodes sized by PageRank, painted by {@link GraphPainter} on a Canvas, snapshotted and written with
 * ImageIO. Starts JavaFX headless (Monocle) when there is no display. By default it stops the toolkit it started
 * after the image, as a command-line run wants; {@link #reusable()} keeps it for many images in one process.
 */
public final class HeadlessPngRenderer implements ImageRenderer {
    /** Average layout distance between nodes the picture aims at, in screen pixels. */
    static final double SPACING = 46;
    /** Centre distance the overlap pass aims at (room allowing): a disc plus a short label between neighbours. */
    static final double LABEL_SPACING = 54;
    /** Unrelated entities are left out only beside at least this many related ones. */
    static final int MIN_CONNECTED = 10;
    /** PageRank is skewed: a root below 1 lets the middle ranks show as middle sizes. */
    static final double SIZE_EXPONENT = 0.6;

    private final JGraphTLayouter layouter;
    private final boolean stopToolkitAfter;

    public HeadlessPngRenderer() {
        this(new JGraphTLayouter(JGraphTLayouter.SEED_DEFAULT, LABEL_SPACING), true);
    }

    public HeadlessPngRenderer(JGraphTLayouter layouter, boolean stopToolkitAfter) {
        this.layouter = layouter;
        this.stopToolkitAfter = stopToolkitAfter;
    }

    /** A renderer for many images in one process (the toolkit stays up). */
    public static HeadlessPngRenderer reusable() {
        return new HeadlessPngRenderer(new JGraphTLayouter(JGraphTLayouter.SEED_DEFAULT, LABEL_SPACING), false);
    }

    @Override
    public void render(KnowledgeGraph kg, Path out, int width, int height, String focus, int hops) throws Exception {
        if (width < 16 || height < 16) throw new IllegalArgumentException("image size " + width + "x" + height + " is too small");
        GraphScene scene = scene(kg, width, height, focus, hops);
        HeadlessToolkit.ensureStarted();
        try {
            BufferedImage img = HeadlessToolkit.onFxThread(() -> draw(scene, width, height));
            AtomicFiles.write(out, os -> {
                if (!ImageIO.write(img, "png", os)) throw new java.io.IOException("no PNG writer available");
            });
        } finally {
            if (stopToolkitAfter) HeadlessToolkit.shutdownIfStartedHere();
        }
    }

    /** The scene to draw: graph or neighbourhood, laid out and sized, with title and legend. No toolkit needed. */
    public GraphScene scene(KnowledgeGraph kg, int width, int height, String focus, int hops) {
        Graph<Entity, Relation> g = kg.graph();
        Entity centre = null;
        if (focus != null && !focus.isBlank()) {
            centre = kg.find(focus).orElseThrow(() -> new IllegalArgumentException("no entity named '" + focus + "'"));
            Set<Entity> near = GraphAnalytics.neighbourhood(g, List.of(centre), Math.max(0, hops));
            g = GraphAnalytics.induced(g, near);
        }
        // entities no relation ties to anything say nothing in a network picture; leave them out when they are few
        // beside a connected graph, and say so
        Graph<Entity, Relation> all = g;
        Set<Entity> connected = g.vertexSet().stream().filter(e -> all.degreeOf(e) > 0).collect(Collectors.toSet());
        int leftOut = 0;
        if (centre == null && connected.size() >= MIN_CONNECTED && connected.size() < g.vertexSet().size()) {
            leftOut = g.vertexSet().size() - connected.size();
            g = GraphAnalytics.induced(g, connected);
        }
        int n = g.vertexSet().size();
        // layout box: the drawing area, grown when nodes would otherwise sit closer than SPACING
        double drawW = Math.max(100, width - 260), drawH = Math.max(100, height - 110);
        double grow = Math.max(1, Math.sqrt(n * SPACING * SPACING / (drawW * drawH)));
        Map<Entity, Double> sizes = new HashMap<>();
        GraphAnalytics.normalised(GraphAnalytics.centrality(g, Centrality.PAGERANK))
                .forEach((e, v) -> sizes.put(e, Math.pow(v, SIZE_EXPONENT)));
        // the picture is fitted at zoom ~1/grow, where screen radii scale with the zoom: layout radius = radius at 1
        Map<Entity, Point> pos = layouter.layout(g, LayoutKind.FORCE, drawW * grow, drawH * grow, Map.of(),
                Progress.NONE, e -> NodeSizing.radius(sizes.getOrDefault(e, 0.0), 1));
        String title = centre == null ? "Entities and relations"
                : "Around " + centre.label() + " (" + hops + (hops == 1 ? " hop)" : " hops)");
        int docs = (int) g.vertexSet().stream().flatMap(e -> e.documents().stream()).distinct().count();
        String subtitle = String.format("%d entities · %d relations%s%s · node size: PageRank", n, g.edgeSet().size(),
                docs > 0 ? " · " + docs + (docs == 1 ? " document" : " documents") : "",
                leftOut > 0 ? " · " + leftOut + " without relations not shown" : "");
        return GraphScene.of(g, pos).sizes(sizes).selected(centre).title(title).subtitle(subtitle).build();
    }

    /** Paints on a Canvas and copies the snapshot into an AWT image (FX thread). */
    static BufferedImage draw(GraphScene scene, int width, int height) {
        GraphPainter painter = new GraphPainter();
        Canvas canvas = new Canvas(width, height);
        double[] m = painter.reservedMargins(scene, width, height);
        Viewport view = scene.positions().isEmpty() ? new Viewport(1, 0, 0, width, height)
                : Viewport.fit(Bounds.of(scene.positions().values()), width, height, m[0], m[1], m[2], m[3], 1.5);
        painter.paint(canvas.getGraphicsContext2D(), scene, view);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage snap = canvas.snapshot(params, null);
        int[] argb = new int[width * height];
        snap.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, width, height, argb, 0, width);
        return img;
    }
}
