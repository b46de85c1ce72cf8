package org.policygraph.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jgrapht.Graph;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * An immutable snapshot of what to draw: positions in layout space, the visible entities and edges, node size
 * weights, and the selection and highlight state. Build one with {@link #builder(Map)} or {@link #of(Graph, Map)};
 * derive variants with the {@code with*} methods. The painter never mutates it, so a scene can be handed from a
 * background thread to the FX thread.
 *
 * @param positions        layout position of each entity (pixels at zoom 1); entities without one are not drawn
 * @param entities         visible entities
 * @param edges            visible relations with their ends
 * @param sizes            node size weight 0..1 per entity (centrality); missing means 0
 * @param selected         the selected entity, or null
 * @param highlighted      entities drawn with a highlight ring (a path, search hits)
 * @param highlightedEdges relations drawn thick on top (a path)
 * @param dimmed           entities drawn faded (not in focus)
 * @param hideCooccurs     whether CO_OCCURS edges are left out
 * @param communities      community index per entity to colour by instead of type, or empty
 * @param title            title line at the top left, or null
 * @param subtitle         second line under the title, or null
 * @param legend           whether to draw the legend box
 */
public record GraphScene(Map<Entity, Point> positions, List<Entity> entities, List<SceneEdge> edges,
        Map<Entity, Double> sizes, Entity selected, Set<Entity> highlighted, Set<Relation> highlightedEdges,
        Set<Entity> dimmed, boolean hideCooccurs, Map<Entity, Integer> communities, String title, String subtitle,
        boolean legend) {

    public GraphScene {
        positions = Map.copyOf(positions);
        entities = List.copyOf(entities);
        edges = List.copyOf(edges);
        sizes = Map.copyOf(sizes);
        highlighted = Set.copyOf(highlighted);
        highlightedEdges = Set.copyOf(highlightedEdges);
        dimmed = Set.copyOf(dimmed);
        communities = Map.copyOf(communities);
    }

    /** Every vertex and edge of a graph that has a position; no sizes, no title. */
    public static Builder of(Graph<Entity, Relation> graph, Map<Entity, Point> positions) {
        List<Entity> entities = new ArrayList<>();
        for (Entity e : graph.vertexSet()) if (positions.containsKey(e)) entities.add(e);
        List<SceneEdge> edges = new ArrayList<>();
        for (Relation r : graph.edgeSet()) {
            Entity s = graph.getEdgeSource(r), t = graph.getEdgeTarget(r);
            if (positions.containsKey(s) && positions.containsKey(t)) edges.add(new SceneEdge(r, s, t));
        }
        return builder(positions).entities(entities).edges(edges);
    }

    public static Builder builder(Map<Entity, Point> positions) {
        return new Builder(positions);
    }

    public Builder toBuilder() {
        return new Builder(positions).entities(entities).edges(edges).sizes(sizes).selected(selected)
                .highlighted(highlighted).highlightedEdges(highlightedEdges).dimmed(dimmed).hideCooccurs(hideCooccurs)
                .communities(communities).title(title).subtitle(subtitle).legend(legend);
    }

    public GraphScene withSelected(Entity e) { return toBuilder().selected(e).build(); }
    public GraphScene withPositions(Map<Entity, Point> p) { return toBuilder().positions(p).build(); }

    public double size(Entity e) {
        Double s = sizes.get(e);
        return s == null ? 0 : Math.max(0, Math.min(1, s));
    }

    /** Mutable builder; every setter returns it. */
    public static final class Builder {
        private Map<Entity, Point> positions;
        private List<Entity> entities = List.of();
        private List<SceneEdge> edges = List.of();
        private Map<Entity, Double> sizes = Map.of();
        private Entity selected;
        private Set<Entity> highlighted = Set.of();
        private Set<Relation> highlightedEdges = Set.of();
        private Set<Entity> dimmed = Set.of();
        private boolean hideCooccurs;
        private Map<Entity, Integer> communities = Map.of();
        private String title;
        private String subtitle;
        private boolean legend = true;

        private Builder(Map<Entity, Point> positions) {
            this.positions = Objects.requireNonNull(positions);
        }

        public Builder positions(Map<Entity, Point> v) { positions = Objects.requireNonNull(v); return this; }
        public Builder entities(List<Entity> v) { entities = v; return this; }
        public Builder edges(List<SceneEdge> v) { edges = v; return this; }
        public Builder sizes(Map<Entity, Double> v) { sizes = v; return this; }
        public Builder selected(Entity v) { selected = v; return this; }
        public Builder highlighted(Set<Entity> v) { highlighted = v; return this; }
        public Builder highlightedEdges(Set<Relation> v) { highlightedEdges = v; return this; }
        public Builder dimmed(Set<Entity> v) { dimmed = v; return this; }
        public Builder hideCooccurs(boolean v) { hideCooccurs = v; return this; }
        public Builder communities(Map<Entity, Integer> v) { communities = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder subtitle(String v) { subtitle = v; return this; }
        public Builder legend(boolean v) { legend = v; return this; }

        public GraphScene build() {
            return new GraphScene(positions, entities, edges, sizes, selected, highlighted, highlightedEdges, dimmed,
                    hideCooccurs, communities, title, subtitle, legend);
        }
    }
}
