package org.policygraph.graph.edit;

import java.util.List;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/** Deletes one edge; undo puts the same edge back between the same ends. */
public final class DeleteRelation implements EditCommand {
    private final KnowledgeGraph g;
    private final Relation relation;
    private final Entity source;
    private final Entity target;
    private final String description;
    private final Correction correction;

    public DeleteRelation(KnowledgeGraph g, Relation r) {
        this.g = g;
        this.relation = Checks.inGraph(g, r);
        this.source = g.source(r);
        this.target = g.target(r);
        this.description = "Delete " + r.type() + " edge " + source.label() + " → " + target.label();
        this.correction = new Correction.DeleteRelation(source.label(), target.label(), r.type());
    }

    @Override
    public void execute() {
        g.removeRelation(relation);
    }

    @Override
    public void undo() {
        g.restoreRelation(relation, source, target);
    }

    @Override public String description() { return description; }
    @Override public List<Correction> corrections() { return List.of(correction); }
}
