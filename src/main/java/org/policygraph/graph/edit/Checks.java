package org.policygraph.graph.edit;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/** Argument checks shared by the commands: a command is only made for things that are in the graph. */
final class Checks {
    private Checks() {
    }

    static Entity inGraph(KnowledgeGraph g, Entity e) {
        if (e == null || g.entity(e.id()).orElse(null) != e) throw new IllegalArgumentException("not in the graph: " + e);
        return e;
    }

    static Relation inGraph(KnowledgeGraph g, Relation r) {
        if (r == null || !g.graph().containsEdge(r)) throw new IllegalArgumentException("not in the graph: " + r);
        return r;
    }

    static String name(String s, String what) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        return s.strip();
    }
}
