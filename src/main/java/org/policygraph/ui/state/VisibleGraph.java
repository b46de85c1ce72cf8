package org.policygraph.ui.state;

import java.util.List;
import java.util.Map;

import org.policygraph.model.Entity;
import org.policygraph.model.Relation;
import org.policygraph.layout.Point;

/**
 * What the graph view draws, computed off the FX thread: vertices with positions (layout space, inside a
 * width x height box), sizes 0..1 by the chosen centrality, optional community index, and the counts the status
 * bar reports.
 *
 * @param matching  entities passing the filters (and focus) before the cap
 * @param truncated whether the cap left some matching entities out
 */
public record VisibleGraph(List<Entity> entities, List<Edge> edges, Map<String, Point> positions,
        Map<String, Double> sizes, Map<String, Integer> communities, double width, double height,
        int matching, int totalEntities, int totalRelations, boolean truncated) {

    /** One drawn edge with its ends. */
    public record Edge(Relation relation, Entity source, Entity target) {
    }

    public static VisibleGraph empty() {
        return new VisibleGraph(List.of(), List.of(), Map.of(), Map.of(), Map.of(), 800, 600, 0, 0, 0, false);
    }

    public boolean contains(String entityId) { return positions.containsKey(entityId); }
}
