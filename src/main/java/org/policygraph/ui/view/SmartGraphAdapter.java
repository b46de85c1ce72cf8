package org.policygraph.ui.view;

import java.util.HashMap;
import java.util.Map;

import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.Graph;
import com.brunomnsilva.smartgraph.graph.GraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Vertex;

import org.policygraph.ui.state.VisibleGraph;

/**
 * The one place that projects our (filtered, laid out) graph into SmartGraph's own graph type: one vertex per
 * visible entity, one distinct edge element per relation.
 */
public final class SmartGraphAdapter {

    /** SmartGraph's graph with lookups from our ids to its vertices and edges. */
    public record Projection(Graph<GraphNode, GraphLink> graph, Map<String, Vertex<GraphNode>> vertices,
            Map<String, Edge<GraphLink, GraphNode>> edges) {
    }

    private SmartGraphAdapter() {
    }

    public static Projection project(VisibleGraph v, Theme theme) {
        Graph<GraphNode, GraphLink> g = new GraphEdgeList<>();
        Map<String, Vertex<GraphNode>> vertices = new HashMap<>();
        Map<String, Edge<GraphLink, GraphNode>> edges = new HashMap<>();
        for (var e : v.entities()) {
            GraphNode n = new GraphNode(e, v.sizes().getOrDefault(e.id(), 0.0), theme.smartShape(e.type()));
            vertices.put(e.id(), g.insertVertex(n));
        }
        for (VisibleGraph.Edge e : v.edges()) {
            Vertex<GraphNode> s = vertices.get(e.source().id());
            Vertex<GraphNode> t = vertices.get(e.target().id());
            if (s == null || t == null) continue;
            edges.put(e.relation().id(), g.insertEdge(s, t, new GraphLink(e.relation())));
        }
        return new Projection(g, vertices, edges);
    }
}
