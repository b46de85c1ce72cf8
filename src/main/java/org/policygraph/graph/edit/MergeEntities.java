package org.policygraph.graph.edit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.KnowledgeGraph.RemovedEdge;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Merges entities into a chosen survivor: their names become its aliases, their mentions and edges move to it
 * (an edge it already has gains their evidence). Undo puts back the merged entities with their edges, and the
 * survivor's names, mentions and edges exactly as they were.
 */
public final class MergeEntities implements EditCommand {
    private final KnowledgeGraph g;
    private final Entity into;
    private final List<Entity> from;
    private final String description;
    private final Correction correction;
    private EntityState intoBefore;
    private Map<Relation, RemovedEdge> fromEdges;
    private Map<Relation, RelationState> touched;

    public MergeEntities(KnowledgeGraph g, Entity into, List<Entity> from) {
        this.g = g;
        this.into = Checks.inGraph(g, into);
        if (from.isEmpty()) throw new IllegalArgumentException("nothing to merge into " + into.label());
        if (from.contains(into)) throw new IllegalArgumentException("cannot merge " + into.label() + " into itself");
        if (new LinkedHashSet<>(from).size() != from.size()) throw new IllegalArgumentException("an entity is named twice");
        for (Entity f : from) Checks.inGraph(g, f);
        this.from = List.copyOf(from);
        this.description = "Merge " + (from.size() == 1 ? from.get(0).label() : from.size() + " entities")
                + " into " + into.label();
        this.correction = new Correction.Merge(into.label(), from.stream().map(Entity::label).toList());
    }

    public MergeEntities(KnowledgeGraph g, Entity into, Entity from) {
        this(g, into, List.of(from));
    }

    @Override
    public void execute() {
        intoBefore = EntityState.of(into);
        fromEdges = new LinkedHashMap<>();
        touched = new LinkedHashMap<>();
        for (Entity f : from) {
            for (Relation r : g.graph().edgesOf(f)) fromEdges.putIfAbsent(r, new RemovedEdge(r, g.source(r), g.target(r)));
        }
        for (Relation r : g.graph().edgesOf(into)) touched.put(r, RelationState.of(r));
        for (Relation r : fromEdges.keySet()) touched.put(r, RelationState.of(r));
        for (Entity f : from) g.merge(into, f);
    }

    @Override
    public void undo() {
        for (Relation r : fromEdges.keySet()) {
            if (g.graph().containsEdge(r)) g.removeRelation(r);
        }
        intoBefore.restore(g, into);
        for (Entity f : from) g.restoreEntity(f);
        for (RemovedEdge re : fromEdges.values()) g.restoreRelation(re.relation(), re.source(), re.target());
        touched.forEach((r, state) -> state.restore(g, r));
    }

    public Entity survivor() { return into; }

    @Override public String description() { return description; }
    @Override public List<Correction> corrections() { return List.of(correction); }
}
