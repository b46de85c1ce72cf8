package org.policygraph.graph.edit;

import java.util.List;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;

/** An edit of one entity's own fields: undo puts back its whole state as it was before. */
abstract class EntityEdit implements EditCommand {
    protected final KnowledgeGraph g;
    protected final Entity entity;
    private final String description;
    private final Correction correction;
    private EntityState before;

    EntityEdit(KnowledgeGraph g, Entity entity, String description, Correction correction) {
        this.g = g;
        this.entity = entity;
        this.description = description;
        this.correction = correction;
    }

    /** The change itself. */
    protected abstract void apply();

    @Override
    public final void execute() {
        before = EntityState.of(entity);
        apply();
    }

    @Override
    public final void undo() {
        before.restore(g, entity);
    }

    @Override public String description() { return description; }
    @Override public List<Correction> corrections() { return List.of(correction); }
}
