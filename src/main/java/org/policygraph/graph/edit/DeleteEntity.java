package org.policygraph.graph.edit;

import java.util.List;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.KnowledgeGraph.RemovedEdge;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;

/** Deletes an entity and its edges; undo puts both back. */
public final class DeleteEntity implements EditCommand {
    private final KnowledgeGraph g;
    private final Entity entity;
    private final Correction correction;
    private List<RemovedEdge> edges = List.of();

    public DeleteEntity(KnowledgeGraph g, Entity e) {
        this.g = g;
        this.entity = Checks.inGraph(g, e);
        this.correction = new Correction.Delete(e.label());
    }

    @Override
    public void execute() {
        edges = g.removeEntity(entity);
    }

    @Override
    public void undo() {
        g.restoreEntity(entity);
        for (RemovedEdge re : edges) g.restoreRelation(re.relation(), re.source(), re.target());
    }

    @Override public String description() { return "Delete " + entity.label(); }
    @Override public List<Correction> corrections() { return List.of(correction); }
}
