package org.policygraph.layout;

import java.util.Map;

import org.jgrapht.Graph;
import org.policygraph.model.Entity;
import org.policygraph.model.Progress;
import org.policygraph.model.Relation;

/**
 * Computes vertex positions inside a width x height box. Pinned vertices keep their positions; the rest are
 * placed around them. Runs off the FX thread; honours cancellation through {@link Progress}.
 */
public interface GraphLayouter {
    Map<Entity, Point> layout(Graph<Entity, Relation> graph, LayoutKind kind, double width, double height,
            Map<Entity, Point> pinned, Progress progress);
}
