package org.policygraph.ui.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.policygraph.graph.GraphAnalytics;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.project.NodePosition;
import org.policygraph.io.project.SavedView;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;
import org.policygraph.ui.state.GraphFilter;
import org.policygraph.ui.state.ViewSettings;
import org.policygraph.ui.state.VisibleGraph;

/**
 * The exact picture of a saved view at a reveal stage, with no layout: the view's nodes at their saved positions,
 * the edges among them that pass the view's filters, sizes measured over the whole view (so a node keeps its size
 * as others appear). Cheap enough for the FX thread on briefing-sized views.
 */
public final class ViewPictures {
    /** Room around the outermost node so SmartGraph never pushes one back inside its panel. */
    public static final double MARGIN_DEFAULT = 80;

    private ViewPictures() {
    }

    public static VisibleGraph of(KnowledgeGraph kg, SavedView view, int stage) {
        ViewSettings s = ViewFilters.fromMap(view.filters());
        Graph<Entity, Relation> filtered = new GraphFilter(kg, s).apply(kg);
        Set<Entity> all = entities(kg, view.visibleNodeIds(), view);
        Set<Entity> shown = entities(kg, RevealSteps.shownAt(view, stage), view);
        Graph<Entity, Relation> whole = GraphAnalytics.induced(kg.graph(), all);
        Map<String, Double> sizes = new HashMap<>();
        GraphAnalytics.normalised(GraphAnalytics.centrality(whole, s.centrality())).forEach((e, v) -> sizes.put(e.id(), v));
        Map<String, Integer> communities = new HashMap<>();
        if (s.communities()) GraphAnalytics.communities(whole).forEach((e, c) -> communities.put(e.id(), c));

        Set<Entity> drawable = new LinkedHashSet<>();
        for (Entity e : shown) if (filtered.containsVertex(e)) drawable.add(e);
        Graph<Entity, Relation> sub = GraphAnalytics.induced(filtered, drawable);
        List<VisibleGraph.Edge> edges = new ArrayList<>();
        for (Relation r : sub.edgeSet()) edges.add(new VisibleGraph.Edge(r, sub.getEdgeSource(r), sub.getEdgeTarget(r)));

        Map<String, Point> positions = new HashMap<>();
        double maxX = 0, maxY = 0;
        for (Entity e : drawable) {
            NodePosition p = view.positions().get(e.id());
            positions.put(e.id(), new Point(p.x(), p.y()));
        }
        for (NodePosition p : view.positions().values()) {
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double width = Math.max(1120, maxX + MARGIN_DEFAULT);
        double height = Math.max(700, maxY + MARGIN_DEFAULT);
        return new VisibleGraph(List.copyOf(drawable), edges, positions, sizes, communities, width, height,
                all.size(), kg.entityCount(), kg.relationCount(), false);
    }

    /** Entities of the graph among the ids that have a saved position, in the ids' order. */
    private static Set<Entity> entities(KnowledgeGraph kg, Iterable<String> ids, SavedView view) {
        Set<Entity> out = new LinkedHashSet<>();
        for (String id : ids) {
            if (!view.positions().containsKey(id)) continue;
            kg.entity(id).ifPresent(out::add);
        }
        return out;
    }
}
