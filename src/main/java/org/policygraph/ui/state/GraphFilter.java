package org.policygraph.ui.state;

import java.util.HashSet;
import java.util.Set;

import org.jgrapht.Graph;
import org.policygraph.graph.GraphAnalytics;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

/**
 * The user's filters as predicates over entities and relations: included documents (toggle and "as of" date),
 * types, relation types, co-occurrence, minimum sources and hidden entities.
 */
public final class GraphFilter {
    private final ViewSettings s;
    private final Set<String> includedDocs = new HashSet<>();

    public GraphFilter(KnowledgeGraph g, ViewSettings settings) {
        this.s = settings;
        for (Document d : g.documents()) {
            if (s.excludedDocs().contains(d.id())) continue;
            if (s.asOf() != null && d.date() != null && d.date().compareTo(s.asOf()) > 0) continue;
            includedDocs.add(d.id());
        }
    }

    public boolean includesDocument(String docId) { return includedDocs.contains(docId); }

    public boolean entity(Entity e) {
        if (s.hiddenTypes().contains(e.type()) || s.hiddenEntities().contains(e.id())) return false;
        if (e.mentions().isEmpty()) return true;
        for (Mention m : e.mentions()) {
            if (includedDocs.contains(m.doc())) return true;
        }
        return false;
    }

    public boolean relation(Relation r) {
        if (s.hiddenRelations().contains(r.type())) return false;
        if (s.hideCooccurrence() && RelationType.isCooccurrence(r.type())) return false;
        return sources(r) >= s.minSources();
    }

    /** Distinct included documents behind an edge; a hand-drawn edge with no evidence counts as one. */
    public int sources(Relation r) {
        Set<String> docs = new HashSet<>();
        for (Evidence ev : r.evidence()) {
            if (includedDocs.contains(ev.doc())) docs.add(ev.doc());
        }
        if (docs.isEmpty() && r.manual() && r.evidence().isEmpty()) return 1;
        return docs.size();
    }

    /** A live filtered view of the graph. */
    public Graph<Entity, Relation> apply(KnowledgeGraph g) {
        return GraphAnalytics.filtered(g.graph(), this::entity, this::relation);
    }
}
