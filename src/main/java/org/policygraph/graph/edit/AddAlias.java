package org.policygraph.graph.edit;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;

/** Adds another name an entity goes by. A name that already belongs to another entity is refused (merge instead). */
public final class AddAlias extends EntityEdit {
    private final String alias;

    public AddAlias(KnowledgeGraph g, Entity e, String alias) {
        super(g, Checks.inGraph(g, e), "Add alias " + Checks.name(alias, "alias") + " to " + e.label(),
                new Correction.AddAlias(e.label(), alias.strip()));
        this.alias = alias.strip();
        g.find(this.alias).filter(owner -> owner != e).ifPresent(owner -> {
            throw new IllegalArgumentException(this.alias + " already names " + owner.label());
        });
    }

    @Override
    protected void apply() {
        g.addAlias(entity, alias);
    }
}
