package org.policygraph.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.policygraph.model.Entity;
import org.policygraph.model.Progress;
import org.policygraph.model.Relation;

/** PLACEHOLDER (circle for every kind) until the layout work lands. */
public final class JGraphTLayouter implements GraphLayouter {
    @Override
    public Map<Entity, Point> layout(Graph<Entity, Relation> graph, LayoutKind kind, double width, double height,
            Map<Entity, Point> pinned, Progress progress) {
        Map<Entity, Point> out = new HashMap<>(pinned);
        List<Entity> free = graph.vertexSet().stream().filter(v -> !pinned.containsKey(v)).toList();
        double r = Math.min(width, height) * 0.45;
        for (int i = 0; i < free.size(); i++) {
            double a = 2 * Math.PI * i / Math.max(1, free.size());
            out.put(free.get(i), new Point(width / 2 + r * Math.cos(a), height / 2 + r * Math.sin(a)));
        }
        return out;
    }
}
