package org.policygraph.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Analytics over the knowledge graph (or a filtered view of it), all on JGraphT: centralities, components,
 * communities, shortest paths and k-hop neighbourhoods. Relations are treated as undirected for exploration.
 * Pure functions of the graph given; run them off the FX thread.
 */
public final class GraphAnalytics {
    /** Seed for label propagation, so communities are the same on every run. */
    public static final long COMMUNITY_SEED_DEFAULT = 42L;

    private GraphAnalytics() {
    }

    /** A view hiding edges the predicate rejects (e.g. CO_OCCURS or filtered-out types). */
    public static Graph<Entity, Relation> filtered(Graph<Entity, Relation> g, Predicate<Entity> vertices,
            Predicate<Relation> edges) {
        return new MaskSubgraph<>(g, v -> !vertices.test(v), e -> !edges.test(e));
    }

    public static Map<Entity, Double> centrality(Graph<Entity, Relation> g, Centrality kind) {
        Map<Entity, Double> out = new HashMap<>();
        switch (kind) {
            case DEGREE -> g.vertexSet().forEach(v -> out.put(v, (double) g.degreeOf(v)));
            case BETWEENNESS -> out.putAll(new BetweennessCentrality<>(new AsUndirectedGraph<>(g), true).getScores());
            case PAGERANK -> out.putAll(new PageRank<>(g).getScores());
        }
        return out;
    }

    /** Scores scaled to 0..1 (all 0 when every score is equal). */
    public static Map<Entity, Double> normalised(Map<Entity, Double> scores) {
        double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double min = scores.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        Map<Entity, Double> out = new HashMap<>();
        scores.forEach((k, v) -> out.put(k, max > min ? (v - min) / (max - min) : 0.0));
        return out;
    }

    public static List<Set<Entity>> components(Graph<Entity, Relation> g) {
        return new ConnectivityInspector<>(g).connectedSets();
    }

    /** Community index per entity (label propagation, deterministic seed). */
    public static Map<Entity, Integer> communities(Graph<Entity, Relation> g) {
        ClusteringAlgorithm.Clustering<Entity> c =
                new LabelPropagationClustering<>(new AsUndirectedGraph<>(g), 0, new java.util.Random(COMMUNITY_SEED_DEFAULT)).getClustering();
        Map<Entity, Integer> out = new HashMap<>();
        int i = 0;
        List<Set<Entity>> clusters = new ArrayList<>(c.getClusters());
        clusters.sort((a, b) -> Integer.compare(b.size(), a.size()));
        for (Set<Entity> cluster : clusters) {
            for (Entity e : cluster) out.put(e, i);
            i++;
        }
        return out;
    }

    /** Fewest-hops path between two entities, ignoring edge direction. */
    public static Optional<GraphPath<Entity, Relation>> shortestPath(Graph<Entity, Relation> g, Entity a, Entity b) {
        if (!g.containsVertex(a) || !g.containsVertex(b)) return Optional.empty();
        return Optional.ofNullable(new BFSShortestPath<>(new AsUndirectedGraph<>(g)).getPath(a, b));
    }

    /** The entities within k hops of the seeds (seeds included), ignoring edge direction. */
    public static Set<Entity> neighbourhood(Graph<Entity, Relation> g, Collection<Entity> seeds, int k) {
        Set<Entity> seen = new LinkedHashSet<>();
        Deque<Entity> frontier = new ArrayDeque<>();
        for (Entity s : seeds) {
            if (g.containsVertex(s) && seen.add(s)) frontier.add(s);
        }
        for (int hop = 0; hop < k; hop++) {
            Deque<Entity> next = new ArrayDeque<>();
            for (Entity v : frontier) {
                for (Relation r : g.edgesOf(v)) {
                    Entity o = g.getEdgeSource(r).equals(v) ? g.getEdgeTarget(r) : g.getEdgeSource(r);
                    if (seen.add(o)) next.add(o);
                }
            }
            frontier = next;
        }
        return seen;
    }

    /** The subgraph induced by some entities. */
    public static Graph<Entity, Relation> induced(Graph<Entity, Relation> g, Set<Entity> vertices) {
        return new AsSubgraph<>(g, new HashSet<>(vertices));
    }

    /** The n most central entities, best first. */
    public static List<Entity> top(Map<Entity, Double> scores, int n) {
        return scores.entrySet().stream()
                .sorted((x, y) -> {
                    int c = Double.compare(y.getValue(), x.getValue());
                    return c != 0 ? c : x.getKey().label().compareTo(y.getKey().label());
                })
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
