package org.policygraph.io.brief;

import java.util.Map;

import org.jgrapht.Graph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Places the overview map's entities. The layout package sits above io, so the caller (cli) hands in a
 * placer backed by a real layouter; {@link #CIRCLE} keeps the writer usable on its own.
 */
@FunctionalInterface
public interface OverviewPlacer {
    OverviewPlacer CIRCLE = (g, w, h) -> RadialLayout.circle(g.vertexSet(), w, h);

    Map<Entity, Position> place(Graph<Entity, Relation> graph, double width, double height);
}
