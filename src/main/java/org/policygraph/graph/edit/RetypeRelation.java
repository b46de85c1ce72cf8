package org.policygraph.graph.edit;

import java.util.List;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Relation;

/** Changes an edge's type, e.g. a CO_OCCURS link that is really PARTNERS_WITH. */
public final class RetypeRelation implements EditCommand {
    private final KnowledgeGraph g;
    private final Relation relation;
    private final String from;
    private final String to;
    private final String description;
    private final Correction correction;

    public RetypeRelation(KnowledgeGraph g, Relation r, String to) {
        this.g = g;
        this.relation = Checks.inGraph(g, r);
        this.from = r.type();
        this.to = Checks.name(to, "relation type");
        String s = g.source(r).label(), t = g.target(r).label();
        this.description = "Retype edge " + s + " → " + t + " as " + this.to;
        this.correction = new Correction.RetypeRelation(s, t, from, this.to);
    }

    @Override
    public void execute() {
        g.retypeRelation(relation, to);
    }

    @Override
    public void undo() {
        g.retypeRelation(relation, from);
    }

    @Override public String description() { return description; }
    @Override public List<Correction> corrections() { return List.of(correction); }
}
