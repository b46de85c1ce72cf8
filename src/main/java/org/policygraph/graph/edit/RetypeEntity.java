package org.policygraph.graph.edit;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;

/** Changes an entity's type, e.g. an ORGANIZATION that is really an AGENCY. */
public final class RetypeEntity extends EntityEdit {
    private final String type;

    public RetypeEntity(KnowledgeGraph g, Entity e, String type) {
        super(g, Checks.inGraph(g, e), "Retype " + e.label() + " as " + Checks.name(type, "type"),
                new Correction.Retype(e.label(), type.strip()));
        this.type = type.strip();
    }

    @Override
    protected void apply() {
        g.retype(entity, type);
    }
}
