package org.policygraph.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.policygraph.extract.Ontology;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.RelationType;

/**
 * Paints a {@link GraphScene} through a {@link Viewport}: the PolicyGraph look. White background; CO_OCCURS
 * edges thin, grey and dashed underneath; typed edges in their relation colour with arrowheads; nodes shaped and
 * coloured by entity type, sized by centrality, the larger on top; labels with a white halo, most important
 * first, skipping any that would collide; a title and a legend. Edges are batched into one path per style and
 * tiny nodes into one path per colour, so a 20,000-node graph stays drawable. FX thread only.
 */
public final class GraphPainter {
    /** Below this screen radius a node is a plain dot, batched with its colour and without outline. */
    static final double DOT_RADIUS = 4;
    /** Nodes this large (screen px) always try for a label; smaller ones only among the top few. */
    static final double LABEL_RADIUS = 9;
    static final int TOP_LABELS = 30;
    /** The largest nodes whose labels may lie over other nodes. */
    static final int PRIORITY_LABELS = 8;
    /** Up to this many nodes on screen, every node tries for a label (collisions still skip some). */
    static final int LABEL_ALL_LIMIT = 150;
    private static final int ARROW_EDGE_LIMIT = 4000;
    private static final int DASH_LIMIT = 600;
    /** Most edges one paint strokes (typed edges always; co-occurrences sampled evenly beyond it). */
    static final int EDGE_BUDGET = 20000;
    private static final int PATH_CHUNK = 12;
    private static final double TITLE_X = 20;
    private static final Color WHITE_HALO = Color.rgb(255, 255, 255, 0.92);

    private final Palette palette;
    private final TextMeasure measure = new TextMeasure();
    private final LegendPainter legend;

    public GraphPainter() {
        this(Ontology.defaults());
    }

    public GraphPainter(Ontology ontology) {
        this.palette = new Palette(ontology);
        this.legend = new LegendPainter(palette, measure);
    }

    public Palette palette() {
        return palette;
    }

    /** Screen space the title and legend take, so callers can fit the graph beside them. */
    public double[] reservedMargins(GraphScene scene, double width, double height) {
        double top = scene.title() == null ? 20 : scene.subtitle() == null ? 52 : 72;
        double right = scene.legend() ? legend.measure(scene, width, height).w() + 2 * LegendPainter.MARGIN : 20;
        return new double[] {30, top, right, 30};
    }

    public void paint(GraphicsContext gc, GraphScene scene, Viewport view) {
        gc.save();
        gc.setGlobalAlpha(1);
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, view.width(), view.height());
        // butt caps and miter joins: round ones make the software stroker emit many more edges per line
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineJoin(StrokeLineJoin.MITER);
        paintEdges(gc, scene, view);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        List<Entity> order = paintNodes(gc, scene, view);
        LabelPlacer placer = new LabelPlacer();
        LegendPainter.Layout legendLayout = scene.legend() ? legend.measure(scene, view.width(), view.height()) : null;
        if (legendLayout != null) placer.reserve(legendLayout.x(), legendLayout.y(), legendLayout.w(), legendLayout.h());
        double[] titleBox = paintTitle(gc, scene);
        if (titleBox != null) placer.reserve(titleBox[0], titleBox[1], titleBox[2], titleBox[3]);
        paintLabels(gc, scene, view, order, placer);
        if (legendLayout != null) legend.paint(gc, scene, legendLayout);
        gc.restore();
    }

    // ---- edges ----

    private record EdgeStyle(Color color, boolean dashed, double width, boolean arrows) {
    }

    private void paintEdges(GraphicsContext gc, GraphScene scene, Viewport view) {
        double scale = Math.max(0.5, Math.min(1.3, Math.sqrt(view.zoom())));
        Map<EdgeStyle, List<SceneEdge>> cooccurs = new LinkedHashMap<>();
        Map<EdgeStyle, List<SceneEdge>> typed = new LinkedHashMap<>();
        List<SceneEdge> highlighted = new ArrayList<>();
        // past the budget, an even sample: co-occurrences give way first, then typed edges. At that density the
        // picture looks the same and the software rasteriser takes a fraction of the time
        List<SceneEdge> onScreen = new ArrayList<>();
        long coCount = 0;
        for (SceneEdge e : scene.edges()) {
            boolean co = RelationType.isCooccurrence(e.relation().type());
            if (co && scene.hideCooccurs() || !onScreen(scene, view, e)) continue;
            onScreen.add(e);
            if (co) coCount++;
        }
        int count = onScreen.size();
        // many edges on screen: fainter, so the picture stays a structure and not a black blob
        double typedAlpha = count > 5000 ? 0.35 : count > 1500 ? 0.55 : 0.8;
        boolean arrows = count <= ARROW_EDGE_LIMIT;
        double coAlpha = count > 300 ? 0.4 : 0.6;
        long typedCount = count - coCount;
        long typedStride = stride(typedCount, EDGE_BUDGET * 3 / 4);
        long coStride = stride(coCount, Math.max(EDGE_BUDGET / 4, EDGE_BUDGET - typedCount));
        long coSeen = 0, typedSeen = 0;
        for (SceneEdge e : onScreen) {
            String type = e.relation().type();
            boolean co = RelationType.isCooccurrence(type);
            boolean sampledOut = co ? coSeen++ % coStride != 0 : typedSeen++ % typedStride != 0;
            if (sampledOut && !scene.highlightedEdges().contains(e.relation())) continue;
            if (scene.highlightedEdges().contains(e.relation())) {
                highlighted.add(e);
                continue;
            }
            boolean dim = scene.dimmed().contains(e.source()) || scene.dimmed().contains(e.target());
            double alpha = dim ? 0.08 : co ? coAlpha : typedAlpha;
            Color base = palette.relationColor(type);
            Color c = Color.color(base.getRed(), base.getGreen(), base.getBlue(), alpha);
            double w = co ? 0.8 : Math.round((1.2 + 0.7 * log2(e.relation().weight())) * 2) / 2.0;
            EdgeStyle style = new EdgeStyle(c, palette.relationDashed(type), Math.min(4, w) * scale,
                    arrows && !co && !dim && !RelationType.PARTNERS_WITH.equals(type));
            (co ? cooccurs : typed).computeIfAbsent(style, k -> new ArrayList<>()).add(e);
        }
        cooccurs.forEach((s, list) -> strokeGroup(gc, scene, view, s, list));
        typed.forEach((s, list) -> strokeGroup(gc, scene, view, s, list));
        if (!highlighted.isEmpty()) {
            strokeGroup(gc, scene, view, new EdgeStyle(Palette.HIGHLIGHT, false, 4.5 * scale, true), highlighted);
        }
        gc.setLineDashes();
    }

    private void strokeGroup(GraphicsContext gc, GraphScene scene, Viewport view, EdgeStyle style, List<SceneEdge> edges) {
        gc.setStroke(style.color());
        gc.setLineWidth(style.width());
        // dashing thousands of lines costs the software rasteriser seconds: big groups are drawn solid
        if (style.dashed() && edges.size() <= DASH_LIMIT) gc.setLineDashes(6 * Math.max(0.6, style.width() / 1.5), 4 * Math.max(0.6, style.width() / 1.5));
        else gc.setLineDashes();
        gc.beginPath();
        List<double[]> arrowTips = style.arrows() ? new ArrayList<>() : null;
        int segments = 0;
        for (SceneEdge e : edges) {
            Point a = scene.positions().get(e.source()), b = scene.positions().get(e.target());
            double x1 = view.screenX(a.x()), y1 = view.screenY(a.y());
            double x2 = view.screenX(b.x()), y2 = view.screenY(b.y());
            gc.moveTo(x1, y1);
            gc.lineTo(x2, y2);
            // short paths: the rasteriser's cost grows faster than linearly with segments per path
            if (++segments % PATH_CHUNK == 0) {
                gc.stroke();
                gc.beginPath();
            }
            if (arrowTips != null) {
                double len = Math.hypot(x2 - x1, y2 - y1);
                double rt = NodeSizing.radius(scene.size(e.target()), view.zoom());
                if (len > rt * 2 + 14) arrowTips.add(new double[] {x1, y1, x2, y2, len, rt});
            }
        }
        gc.stroke();
        if (arrowTips == null || arrowTips.isEmpty()) return;
        gc.setLineDashes();
        gc.setFill(style.color());
        gc.beginPath();
        double size = 4 + style.width() * 2.2;
        for (double[] t : arrowTips) {
            double ux = (t[2] - t[0]) / t[4], uy = (t[3] - t[1]) / t[4];
            double tipX = t[2] - ux * (t[5] + 2), tipY = t[3] - uy * (t[5] + 2);
            double bx = tipX - ux * size, by = tipY - uy * size;
            gc.moveTo(tipX, tipY);
            gc.lineTo(bx - uy * size * 0.5, by + ux * size * 0.5);
            gc.lineTo(bx + uy * size * 0.5, by - ux * size * 0.5);
            gc.closePath();
        }
        gc.fill();
    }

    private static boolean onScreen(GraphScene scene, Viewport view, SceneEdge e) {
        Point a = scene.positions().get(e.source()), b = scene.positions().get(e.target());
        if (a == null || b == null) return false;
        double x1 = view.screenX(a.x()), y1 = view.screenY(a.y());
        double x2 = view.screenX(b.x()), y2 = view.screenY(b.y());
        return Math.max(x1, x2) >= 0 && Math.min(x1, x2) <= view.width() && Math.max(y1, y2) >= 0
                && Math.min(y1, y2) <= view.height();
    }

    /** Every how many-th of {@code count} items to keep so at most about {@code room} remain. */
    private static long stride(long count, long room) {
        return count <= room ? 1 : (count + room - 1) / Math.max(1, room);
    }

    private static double log2(double v) {
        return Math.log(Math.max(1, v)) / Math.log(2);
    }

    // ---- nodes ----

    /** Paints nodes smallest first (dots batched by colour) and returns the visible ones, largest first. */
    private List<Entity> paintNodes(GraphicsContext gc, GraphScene scene, Viewport view) {
        List<Entity> visible = new ArrayList<>();
        for (Entity e : scene.entities()) {
            Point p = scene.positions().get(e);
            if (p != null && view.visible(p.x(), p.y(), NodeSizing.radius(scene.size(e), view.zoom()) + 4)) visible.add(e);
        }
        visible.sort(Comparator.<Entity>comparingInt(e -> rank(scene, e)).thenComparingDouble(scene::size)
                .thenComparing(Entity::id));
        Map<Color, List<Entity>> dots = new LinkedHashMap<>();
        List<Entity> shapes = new ArrayList<>();
        for (Entity e : visible) {
            double r = NodeSizing.radius(scene.size(e), view.zoom());
            if (r < DOT_RADIUS && rank(scene, e) == 1) dots.computeIfAbsent(fill(scene, e), k -> new ArrayList<>()).add(e);
            else shapes.add(e);
        }
        gc.setGlobalAlpha(1);
        for (Map.Entry<Color, List<Entity>> d : dots.entrySet()) {
            gc.setFill(d.getKey());
            gc.beginPath();
            for (Entity e : d.getValue()) {
                Point p = scene.positions().get(e);
                double r = NodeSizing.radius(scene.size(e), view.zoom());
                double x = view.screenX(p.x()), y = view.screenY(p.y());
                gc.moveTo(x + r, y);
                gc.arc(x, y, r, r, 0, 360);
                gc.closePath();
            }
            gc.fill();
        }
        gc.setStroke(Color.WHITE);
        gc.setLineDashes();
        for (Entity e : shapes) {
            Point p = scene.positions().get(e);
            double r = NodeSizing.radius(scene.size(e), view.zoom());
            double x = view.screenX(p.x()), y = view.screenY(p.y());
            boolean dim = rank(scene, e) == 0;
            gc.setGlobalAlpha(dim ? 0.18 : 1);
            gc.setFill(fill(scene, e));
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(Math.max(1, r / 8));
            Shapes.draw(gc, palette.type(e.type()).shape(), x, y, r, true);
            if (scene.highlighted().contains(e) || e.equals(scene.selected())) {
                gc.setGlobalAlpha(1);
                boolean sel = e.equals(scene.selected());
                gc.setStroke(sel ? Palette.SELECTION : Palette.HIGHLIGHT);
                gc.setLineWidth(sel ? 3 : 2.5);
                gc.beginPath();
                Shapes.addToPath(gc, palette.type(e.type()).shape(), x, y, r + (sel ? 5 : 4));
                gc.stroke();
            }
        }
        gc.setGlobalAlpha(1);
        List<Entity> largestFirst = new ArrayList<>(visible);
        java.util.Collections.reverse(largestFirst);
        return largestFirst;
    }

    /** 0 dimmed, 1 normal, 2 highlighted, 3 selected: paint order and label priority. */
    private static int rank(GraphScene scene, Entity e) {
        if (e.equals(scene.selected())) return 3;
        if (scene.highlighted().contains(e)) return 2;
        return scene.dimmed().contains(e) ? 0 : 1;
    }

    private Color fill(GraphScene scene, Entity e) {
        Integer c = scene.communities().get(e);
        return c != null ? palette.communityColor(c) : palette.typeColor(e.type());
    }

    // ---- text ----

    private double[] paintTitle(GraphicsContext gc, GraphScene scene) {
        if (scene.title() == null) return null;
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(Palette.TEXT);
        gc.setFont(Fonts.TITLE);
        gc.fillText(scene.title(), TITLE_X, 14);
        double w = measure.width(scene.title(), Fonts.TITLE);
        double h = 34;
        if (scene.subtitle() != null) {
            gc.setFill(Palette.MUTED_TEXT);
            gc.setFont(Fonts.SUBTITLE);
            gc.fillText(scene.subtitle(), TITLE_X, 44);
            w = Math.max(w, measure.width(scene.subtitle(), Fonts.SUBTITLE));
            h = 52;
        }
        return new double[] {TITLE_X - 4, 10, w + 8, h + 4};
    }

    private void paintLabels(GraphicsContext gc, GraphScene scene, Viewport view, List<Entity> largestFirst,
            LabelPlacer placer) {
        int max = (int) Math.max(20, Math.min(400, view.width() * view.height() / 9000));
        // node discs are obstacles too, so labels do not cover other nodes; the few largest nodes may cover
        // discs, since a picture whose main hub goes unnamed is useless
        LabelPlacer discs = new LabelPlacer();
        for (Entity e : largestFirst) {
            Point p = scene.positions().get(e);
            double r = NodeSizing.radius(scene.size(e), view.zoom());
            if (r >= LABEL_RADIUS) discs.reserve(view.screenX(p.x()) - r, view.screenY(p.y()) - r, 2 * r, 2 * r);
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setLineWidth(3.5);
        gc.setLineDashes();
        gc.setStroke(WHITE_HALO);
        int drawn = 0;
        for (int i = 0; i < largestFirst.size() && drawn < max; i++) {
            Entity e = largestFirst.get(i);
            int rank = rank(scene, e);
            if (rank == 0) continue;
            double w = scene.size(e);
            double r = NodeSizing.radius(w, view.zoom());
            if (rank == 1 && r < LABEL_RADIUS && i >= TOP_LABELS && largestFirst.size() > LABEL_ALL_LIMIT) continue;
            String text = labelOf(e);
            Font font = Fonts.label(w, rank >= 2);
            double tw = measure.width(text, font), th = font.getSize() * 1.2;
            Point p = scene.positions().get(e);
            double x = view.screenX(p.x()), y = view.screenY(p.y());
            double d = r * 0.72;
            // below, right, above, left, then the four diagonals
            double[][] spots = {{x - tw / 2, y + r + 3}, {x + r + 4, y - th / 2}, {x - tw / 2, y - r - 3 - th},
                    {x - r - 4 - tw, y - th / 2}, {x + d + 2, y + d}, {x + d + 2, y - d - th},
                    {x - d - 2 - tw, y + d}, {x - d - 2 - tw, y - d - th}};
            for (double[] s : spots) {
                if (s[0] < 2 || s[1] < 2 || s[0] + tw > view.width() - 2 || s[1] + th > view.height() - 2) continue;
                if (i >= PRIORITY_LABELS && rank == 1 && discs.overlaps(s[0] - 1, s[1], tw + 2, th)) continue;
                if (!placer.tryPlace(s[0] - 1, s[1], tw + 2, th)) continue;
                gc.setFont(font);
                gc.strokeText(text, s[0], s[1]);
                gc.setFill(Palette.TEXT);
                gc.fillText(text, s[0], s[1]);
                drawn++;
                break;
            }
        }
    }

    /** The short label, cut to a length a picture can carry. */
    static String labelOf(Entity e) {
        String s = e.shortLabel();
        return s.length() <= 30 ? s : s.substring(0, 29).strip() + "…";
    }
}
