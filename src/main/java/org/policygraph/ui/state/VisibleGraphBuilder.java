package org.policygraph.ui.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.policygraph.graph.GraphAnalytics;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.layout.GraphLayouter;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.Progress;
import org.policygraph.model.Relation;

/**
 * Turns the knowledge graph and the view settings into a {@link VisibleGraph}: filter, focus, fold collapsed
 * leaves, keep the most central vertices up to the cap (plus expanded neighbourhoods and forced vertices), lay
 * out, size and colour. Pure and slow: runs in a background task.
 */
public final class VisibleGraphBuilder {
    private final GraphLayouter layouter;

    public VisibleGraphBuilder(GraphLayouter layouter) {
        this.layouter = layouter;
    }

    /**
     * @param pinned positions (layout space, by entity id) that must not move: dragged vertices, or the whole
     *               current picture when only a few vertices are added
     */
    public VisibleGraph build(KnowledgeGraph kg, ViewSettings s, Map<String, Point> pinned, Progress progress) {
        progress.update(0, 4, "filtering");
        Graph<Entity, Relation> g = new GraphFilter(kg, s).apply(kg);
        Set<Entity> candidates = new LinkedHashSet<>(g.vertexSet());
        Entity focus = s.focusId() == null ? null : kg.entity(s.focusId()).orElse(null);
        if (focus != null && g.containsVertex(focus)) {
            candidates = GraphAnalytics.neighbourhood(g, List.of(focus), s.focusHops());
        }
        for (String c : s.collapsed()) {
            Entity e = kg.entity(c).orElse(null);
            if (e == null || !candidates.contains(e)) continue;
            for (Entity n : Graphs.neighborSetOf(g, e)) {
                if (candidates.contains(n) && Graphs.neighborSetOf(g, n).size() <= 1 && !n.equals(focus)) {
                    candidates.remove(n);
                }
            }
        }
        Graph<Entity, Relation> sub = GraphAnalytics.induced(g, candidates);
        checkCancelled(progress);
        progress.update(1, 4, "measuring centrality");
        Map<Entity, Double> scores = GraphAnalytics.centrality(sub, s.centrality());
        checkCancelled(progress);

        Set<Entity> visible = new LinkedHashSet<>();
        boolean truncated = candidates.size() > s.cap();
        if (!truncated) {
            visible.addAll(candidates);
        } else {
            visible.addAll(GraphAnalytics.top(scores, s.cap()));
            for (String id : s.forced()) kg.entity(id).filter(candidates::contains).ifPresent(visible::add);
            if (focus != null && candidates.contains(focus)) visible.add(focus);
        }
        for (String id : s.expanded()) {
            Entity e = kg.entity(id).orElse(null);
            if (e == null || !candidates.contains(e)) continue;
            visible.add(e);
            visible.addAll(Graphs.neighborSetOf(sub, e));
        }
        Graph<Entity, Relation> shown = GraphAnalytics.induced(sub, visible);

        progress.update(2, 4, "laying out " + visible.size() + " nodes");
        double height = Math.max(700, 110 * Math.sqrt(visible.size()));
        double width = height * 1.6;
        Map<Entity, Point> pins = new HashMap<>();
        for (Entity e : visible) {
            Point p = pinned.get(e.id());
            if (p != null) pins.put(e, p);
        }
        // "mentioned with" links are many and weak; letting them pull as hard as stated relations piles the
        // overview into one knot, so the force layout only sees them for nodes that have nothing else
        Graph<Entity, Relation> forLayout = GraphAnalytics.filtered(shown, v -> true,
                r -> !org.policygraph.model.RelationType.isCooccurrence(r.type()) || onlyCooccurring(shown, shown.getEdgeSource(r))
                        || onlyCooccurring(shown, shown.getEdgeTarget(r)));
        Map<Entity, Point> layout = layouter.layout(forLayout, s.layout(), width, height, pins, progress);
        checkCancelled(progress);

        Map<String, Point> positions = new HashMap<>();
        layout.forEach((e, p) -> positions.put(e.id(), p));
        Map<String, Double> sizes = new HashMap<>();
        GraphAnalytics.normalised(restrict(scores, visible)).forEach((e, v) -> sizes.put(e.id(), v));
        Map<String, Integer> communities = new HashMap<>();
        if (s.communities()) {
            progress.update(3, 4, "finding communities");
            GraphAnalytics.communities(shown).forEach((e, c) -> communities.put(e.id(), c));
        }
        List<VisibleGraph.Edge> edges = new ArrayList<>();
        for (Relation r : shown.edgeSet()) {
            edges.add(new VisibleGraph.Edge(r, shown.getEdgeSource(r), shown.getEdgeTarget(r)));
        }
        progress.update(4, 4, "done");
        return new VisibleGraph(List.copyOf(visible), edges, positions, sizes, communities, width, height,
                candidates.size(), kg.entityCount(), kg.relationCount(), truncated);
    }

    private static boolean onlyCooccurring(Graph<Entity, Relation> g, Entity e) {
        for (Relation r : g.edgesOf(e)) if (!org.policygraph.model.RelationType.isCooccurrence(r.type())) return false;
        return true;
    }

    private static Map<Entity, Double> restrict(Map<Entity, Double> scores, Set<Entity> keep) {
        Map<Entity, Double> out = new HashMap<>();
        for (Entity e : keep) out.put(e, scores.getOrDefault(e, 0.0));
        return out;
    }

    private static void checkCancelled(Progress p) {
        if (p.isCancelled()) throw new CancellationException("cancelled");
    }
}
