package org.policygraph.graph.edit;

import java.util.List;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;

/** Splits an alias back out into an entity of its own, taking the mentions written with that name. */
public final class SplitAlias implements EditCommand {
    private final KnowledgeGraph g;
    private final Entity entity;
    private final String alias;
    private final String description;
    private final Correction correction;
    private EntityState before;
    private EntityState after;
    private Entity created;

    public SplitAlias(KnowledgeGraph g, Entity entity, String alias) {
        this.g = g;
        this.entity = Checks.inGraph(g, entity);
        this.alias = g.aliasNamed(entity, alias)
                .orElseThrow(() -> new IllegalArgumentException(entity.label() + " has no alias " + alias));
        this.description = "Split " + this.alias + " out of " + entity.label();
        this.correction = new Correction.SplitAlias(entity.label(), this.alias);
    }

    @Override
    public void execute() {
        if (created != null) {
            redo();
            return;
        }
        before = EntityState.of(entity);
        created = g.splitAlias(entity, alias);
        after = EntityState.of(entity);
    }

    @Override
    public void redo() {
        after.restore(g, entity);
        g.restoreEntity(created);
    }

    @Override
    public void undo() {
        g.removeEntity(created);
        before.restore(g, entity);
    }

    /** The new entity (after the first execute). */
    public Entity created() { return created; }

    @Override public String description() { return description; }
    @Override public List<Correction> corrections() { return List.of(correction); }
}
