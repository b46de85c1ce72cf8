package org.policygraph.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DirectedPseudograph;
import org.policygraph.model.Entity;
import org.policygraph.model.Progress;
import org.policygraph.model.Relation;

/**
 * Layouts on JGraphT. FORCE: each connected component gets a Barnes-Hut Fruchterman-Reingold layout
 * ({@link BarnesHutFRLayout}), components are packed side by side, the result is fitted to the box and overlapping
 * discs are pushed apart. With pinned vertices the whole graph is laid out at once around them (pins never move).
 * CIRCULAR and BY_TYPE group by entity type. Deterministic: the same graph and seed give the same picture.
 */
public final class JGraphTLayouter implements GraphLayouter {
    public static final long SEED_DEFAULT = 42L;
    /** Smallest centre distance between two vertices after the overlap pass, in layout pixels (if room allows). */
    public static final double MIN_DISTANCE_DEFAULT = 34;
    public static final double THETA_DEFAULT = 0.9;
    /** JGraphT's factor on the ideal edge length sqrt(area / n). */
    public static final double NORMALIZATION_DEFAULT = 0.5;
    /** Most a component is stretched along its short side to fill a wide (or tall) picture. */
    static final double MAX_STRETCH = 1.4;
    /** Abstract length unit of a component's own layout box before fitting. */
    private static final double UNIT = 60;

    private final long seed;
    private final double minDistance;

    public JGraphTLayouter() {
        this(SEED_DEFAULT, MIN_DISTANCE_DEFAULT);
    }

    public JGraphTLayouter(long seed, double minDistance) {
        this.seed = seed;
        this.minDistance = minDistance;
    }

    /** Fewer iterations on big graphs keep 2,000 nodes under a second; Barnes-Hut makes each one near-linear. */
    public static int iterationsFor(int vertices) {
        if (vertices <= 500) return 150;
        if (vertices <= 1000) return 110;
        if (vertices <= 2500) return 70;
        if (vertices <= 8000) return 45;
        return 30;
    }

    @Override
    public Map<Entity, Point> layout(Graph<Entity, Relation> graph, LayoutKind kind, double width, double height,
            Map<Entity, Point> pinned, Progress progress) {
        return layout(graph, kind, width, height, pinned, progress, null);
    }

    /**
     * Same, knowing how big each node will be drawn (layout pixels): the overlap pass then keeps
     * {@code radius(a) + radius(b) + gap} between discs instead of one minimum distance for all.
     *
     * @param radius node radius per vertex, or null for {@link #MIN_DISTANCE_DEFAULT} / 2 everywhere
     */
    public Map<Entity, Point> layout(Graph<Entity, Relation> graph, LayoutKind kind, double width, double height,
            Map<Entity, Point> pinned, Progress progress, ToDoubleFunction<Entity> radius) {
        List<Entity> vertices = new ArrayList<>(graph.vertexSet());
        Map<Entity, Point> pins = new LinkedHashMap<>();
        for (Entity v : vertices) if (pinned.containsKey(v)) pins.put(v, pinned.get(v));
        List<Entity> free = vertices.stream().filter(v -> !pins.containsKey(v)).toList();
        double margin = Math.min(40, Math.min(width, height) * 0.05);
        Map<Entity, Point> out = switch (kind) {
            case CIRCULAR -> TypeOrderedLayouts.circular(graph, free, width, height, margin, minDistance);
            case BY_TYPE -> TypeOrderedLayouts.bands(graph, free, width, height, margin);
            case FORCE -> pins.isEmpty() ? packedForce(graph, width, height, margin, progress)
                    : forceAroundPins(graph, pins, width, height, progress);
        };
        out.putAll(pins);
        if (kind == LayoutKind.FORCE) {
            double room = 0.9 * Math.sqrt(width * height / Math.max(1, vertices.size()));
            double spacing = Math.min(minDistance, room);
            if (radius == null) {
                OverlapRemover.separate(out, vertices, pins.keySet(), spacing, OverlapRemover.SWEEPS_DEFAULT);
            } else {
                // discs plus a label's worth of air, shrunk when the box is too small for that
                double gap = Math.max(2, spacing - 2 * averageRadius(vertices, radius));
                double fit = Math.min(1, room / (2 * averageRadius(vertices, radius) + gap));
                OverlapRemover.separate(out, vertices, pins.keySet(), v -> radius.applyAsDouble(v) * fit, gap,
                        OverlapRemover.SWEEPS_DEFAULT);
            }
            clamp(out, pins.keySet(), width, height, margin / 2);
        }
        progress.update(1, 1, "layout done");
        return out;
    }

    private Map<Entity, Point> packedForce(Graph<Entity, Relation> graph, double width, double height, double margin,
            Progress progress) {
        List<Set<Entity>> comps = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
        comps.sort(Comparator.<Set<Entity>>comparingInt(c -> -c.size()));
        long total = 0;
        for (Set<Entity> c : comps) total += c.size() > 2 ? (long) iterationsFor(c.size()) * c.size() : 0;
        long[] done = {0};
        List<Map<Entity, Point>> placed = new ArrayList<>();
        for (Set<Entity> c : comps) {
            if (progress.isCancelled()) throw new CancellationException("layout cancelled");
            List<Entity> members = new ArrayList<>(c);
            Map<Entity, Point> local = new LinkedHashMap<>();
            if (members.size() == 1) {
                local.put(members.get(0), new Point(0, 0));
            } else if (members.size() == 2) {
                local.put(members.get(0), new Point(0, 0));
                local.put(members.get(1), new Point(UNIT, 0));
            } else {
                // the component's own box has the target's aspect, so the main component fills the picture
                double aspect = Math.max(0.25, Math.min(4, width / Math.max(1, height)));
                double side = Math.sqrt(members.size()) * UNIT;
                double boxW = side * Math.sqrt(aspect), boxH = side / Math.sqrt(aspect);
                long total0 = Math.max(1, total);
                long base = done[0];
                int k = members.size();
                local = runFR(copyOf(graph, members), new MapLayoutModel2D<>(Box2D.of(0, 0, boxW, boxH)), null,
                        it -> progress.update(base + (long) it * k, total0, "layout"), progress);
                done[0] += (long) iterationsFor(k) * k;
                local = stretchToAspect(local, aspect);
            }
            placed.add(local);
        }
        Map<Entity, Point> packed = ComponentPacker.pack(placed, UNIT, width / Math.max(1, height));
        return ComponentPacker.fit(packed, width, height, margin);
    }

    private Map<Entity, Point> forceAroundPins(Graph<Entity, Relation> graph, Map<Entity, Point> pins, double width,
            double height, Progress progress) {
        Random rnd = new Random(seed);
        Map<Entity, Point> start = new HashMap<>(NearPlacer.place(graph, graph.vertexSet(), pins,
                0.5 * Math.sqrt(width * height / Math.max(1, graph.vertexSet().size()))));
        for (Map.Entry<Entity, Point> e : start.entrySet()) {
            Point p = e.getValue();
            if (p.x() < 0 || p.y() < 0 || p.x() > width || p.y() > height) {
                e.setValue(new Point(rnd.nextDouble() * width, rnd.nextDouble() * height));
            }
        }
        LayoutModel2D<Entity> model = new PinnedModel(Box2D.of(0, 0, width, height), pins.keySet());
        int n = graph.vertexSet().size();
        return runFR(graph, model, start, it -> progress.update(it, iterationsFor(n), "layout"), progress);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<Entity, Point> runFR(Graph<Entity, Relation> g, LayoutModel2D<Entity> model, Map<Entity, Point> start,
            IntConsumer onIteration, Progress progress) {
        BarnesHutFRLayout<Entity, Relation> fr = new BarnesHutFRLayout<>(iterationsFor(g.vertexSet().size()),
                THETA_DEFAULT, NORMALIZATION_DEFAULT, seed, onIteration, progress::isCancelled);
        if (start != null) {
            fr.setInitializer((Function) (Object v) -> {
                Point p = start.get((Entity) v);
                return Point2D.of(p.x(), p.y());
            });
        }
        fr.layout(g, model);
        Map<Entity, Point> out = new LinkedHashMap<>();
        for (Entity v : g.vertexSet()) {
            Point2D p = model.get(v);
            out.put(v, new Point(p.getX(), p.getY()));
        }
        return out;
    }

    /**
     * Forces draw round blobs whatever the frame; a picture is wider than tall. Stretching the blob along its short
     * side towards the frame's aspect (at most {@link #MAX_STRETCH} times) fills the picture at a mild distortion.
     */
    static Map<Entity, Point> stretchToAspect(Map<Entity, Point> pos, double aspect) {
        Bounds b = Bounds.of(pos.values());
        if (b.width() <= 0 || b.height() <= 0) return pos;
        double actual = b.width() / b.height();
        double sx = 1, sy = 1;
        if (actual < aspect) sx = Math.min(MAX_STRETCH, aspect / actual);
        else sy = Math.min(MAX_STRETCH, actual / aspect);
        Map<Entity, Point> out = new LinkedHashMap<>();
        for (Map.Entry<Entity, Point> e : pos.entrySet()) {
            out.put(e.getKey(), new Point(e.getValue().x() * sx, e.getValue().y() * sy));
        }
        return out;
    }

    /** A plain graph of one component: JGraphT's views (unmodifiable, subgraph) cost a lookup per layer per edge. */
    private static Graph<Entity, Relation> copyOf(Graph<Entity, Relation> g, List<Entity> members) {
        Graph<Entity, Relation> out = new DirectedPseudograph<>(null, null, false);
        for (Entity v : members) out.addVertex(v);
        for (Entity v : members) {
            for (Relation r : g.outgoingEdgesOf(v)) out.addEdge(v, g.getEdgeTarget(r), r);
        }
        return out;
    }

    private static double averageRadius(List<Entity> vertices, ToDoubleFunction<Entity> radius) {
        return vertices.stream().mapToDouble(radius).average().orElse(MIN_DISTANCE_DEFAULT / 2);
    }

    private static void clamp(Map<Entity, Point> pos, Set<Entity> fixed, double width, double height, double margin) {
        for (Map.Entry<Entity, Point> e : pos.entrySet()) {
            if (fixed.contains(e.getKey())) continue;
            Point p = e.getValue();
            double x = Math.max(margin, Math.min(width - margin, p.x()));
            double y = Math.max(margin, Math.min(height - margin, p.y()));
            if (x != p.x() || y != p.y()) e.setValue(new Point(x, y));
        }
    }

    /** A layout model whose pinned vertices ignore every move after their first position. */
    private static final class PinnedModel extends MapLayoutModel2D<Entity> {
        private final Set<Entity> pinned;

        PinnedModel(Box2D area, Set<Entity> pinned) {
            super(area);
            this.pinned = pinned;
        }

        @Override
        public Point2D put(Entity v, Point2D p) {
            if (pinned.contains(v) && points.containsKey(v)) return points.get(v);
            return super.put(v, p);
        }
    }
}
