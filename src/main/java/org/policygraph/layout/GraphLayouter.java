package org.policygraph.layout;

import java.util.Collection;
import java.util.Map;

import org.jgrapht.Graph;
import org.policygraph.model.Entity;
import org.policygraph.model.Progress;
import org.policygraph.model.Relation;

/**
 * Computes vertex positions inside a width x height box. Pinned vertices keep their positions; the rest are
 * placed around them. Runs off the FX thread; honours cancellation through {@link Progress} (a cancelled layout
 * throws {@link java.util.concurrent.CancellationException}).
 */
public interface GraphLayouter {
    Map<Entity, Point> layout(Graph<Entity, Relation> graph, LayoutKind kind, double width, double height,
            Map<Entity, Point> pinned, Progress progress);

    /**
     * Positions for vertices added to a laid-out graph: each new vertex goes beside its placed neighbours and
     * nothing already placed moves. Returns the existing positions plus the new ones.
     */
    default Map<Entity, Point> placeNear(Graph<Entity, Relation> graph, Collection<Entity> newVertices,
            Map<Entity, Point> existing) {
        return NearPlacer.place(graph, newVertices, existing, JGraphTLayouter.MIN_DISTANCE_DEFAULT);
    }
}
