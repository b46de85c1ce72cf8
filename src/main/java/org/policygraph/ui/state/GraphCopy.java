package org.policygraph.ui.state;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Relation;

/**
 * A deep copy of a knowledge graph with the same ids. Loading adds files to a copy in the background and swaps it
 * in when done, so the graph the window shows is never written while it is read, and a cancelled or failed load
 * leaves it untouched.
 */
final class GraphCopy {
    private GraphCopy() {
    }

    static KnowledgeGraph of(KnowledgeGraph src) {
        KnowledgeGraph out = new KnowledgeGraph();
        out.batch(() -> {
            for (Document d : src.documents()) out.addDocument(d);
            for (Entity e : src.entities()) {
                Entity c = new Entity(e.id(), e.label(), e.type());
                e.aliases().forEach(c::addAlias);
                c.addMentions(e.mentions());
                c.setNote(e.note());
                out.restoreEntity(c);
            }
            for (Relation r : src.relations()) {
                Relation c = new Relation(r.id(), r.type());
                for (Evidence ev : r.evidence()) c.addEvidence(ev);
                c.setNote(r.note());
                c.setManual(r.manual());
                Entity s = out.entity(src.source(r).id()).orElseThrow();
                Entity t = out.entity(src.target(r).id()).orElseThrow();
                out.restoreRelation(c, s, t);
            }
        });
        return out;
    }
}
