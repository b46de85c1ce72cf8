package org.policygraph.graph.edit;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;

/** Gives an entity a new label; the old label stays as an alias, so documents still find it. */
public final class RenameEntity extends EntityEdit {
    private final String to;

    public RenameEntity(KnowledgeGraph g, Entity e, String to) {
        this(g, Checks.inGraph(g, e), Checks.name(to, "new name"), e.label());
    }

    private RenameEntity(KnowledgeGraph g, Entity e, String to, String from) {
        super(g, e, "Rename " + from + " to " + to, new Correction.Rename(from, to));
        this.to = to;
    }

    @Override
    protected void apply() {
        g.rename(entity, to);
    }
}
