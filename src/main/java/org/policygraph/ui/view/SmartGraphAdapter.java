package org.policygraph.ui.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.Graph;
import com.brunomnsilva.smartgraph.graph.GraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Vertex;

import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;
import org.policygraph.ui.state.VisibleGraph;

/**
 * The one place that projects our (filtered, laid out) graph into SmartGraph's own graph type: one vertex per
 * visible entity, one line per linked pair (the strongest relation stands for the others), each with a distinct
 * edge element.
 */
public final class SmartGraphAdapter {

    /** SmartGraph's graph with lookups from our ids to its vertices and edges. */
    public record Projection(Graph<GraphNode, GraphLink> graph, Map<String, Vertex<GraphNode>> vertices,
            Map<String, Edge<GraphLink, GraphNode>> edges, Map<String, String> drawnAs,
            Map<String, List<Relation>> bundles) {
    }

    /** Stated relations before co-occurrence, then the better supported. */
    private static final Comparator<VisibleGraph.Edge> STRONGEST_FIRST = Comparator
            .comparing((VisibleGraph.Edge e) -> RelationType.isCooccurrence(e.relation().type()))
            .thenComparing(e -> -e.relation().documents().size());

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
        // one line per pair of entities: SmartGraph bends parallel edges into loops that swamp the picture
        Map<String, List<VisibleGraph.Edge>> byPair = new LinkedHashMap<>();
        for (VisibleGraph.Edge e : v.edges()) {
            String a = e.source().id(), b = e.target().id();
            byPair.computeIfAbsent(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a, k -> new ArrayList<>()).add(e);
        }
        Map<String, String> drawnAs = new HashMap<>();
        Map<String, List<Relation>> bundles = new HashMap<>();
        for (List<VisibleGraph.Edge> pair : byPair.values()) {
            pair.sort(STRONGEST_FIRST);
            VisibleGraph.Edge e = pair.get(0);
            Vertex<GraphNode> s = vertices.get(e.source().id());
            Vertex<GraphNode> t = vertices.get(e.target().id());
            if (s == null || t == null) continue;
            edges.put(e.relation().id(), g.insertEdge(s, t, new GraphLink(e.relation())));
            List<Relation> all = pair.stream().map(VisibleGraph.Edge::relation).toList();
            bundles.put(e.relation().id(), all);
            for (Relation r : all) drawnAs.put(r.id(), e.relation().id());
        }
        return new Projection(g, vertices, edges, drawnAs, bundles);
    }
}
