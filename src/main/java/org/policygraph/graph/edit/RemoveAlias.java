package org.policygraph.graph.edit;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;

/** Takes a wrong name off an entity (its mentions stay; use {@link SplitAlias} to move them out). */
public final class RemoveAlias extends EntityEdit {
    private final String alias;

    public RemoveAlias(KnowledgeGraph g, Entity e, String alias) {
        super(g, Checks.inGraph(g, e), "Remove alias " + exact(g, e, alias) + " from " + e.label(),
                new Correction.RemoveAlias(e.label(), exact(g, e, alias)));
        this.alias = exact(g, e, alias);
    }

    /** The alias as the entity spells it. */
    private static String exact(KnowledgeGraph g, Entity e, String alias) {
        return g.aliasNamed(e, alias).orElseThrow(() -> new IllegalArgumentException(e.label() + " has no alias " + alias));
    }

    @Override
    protected void apply() {
        g.removeAlias(entity, alias);
    }
}
