package org.policygraph.graph;

import java.util.HashMap;
import java.util.Map;

import org.policygraph.extract.DocumentExtraction;
import org.policygraph.extract.FoundEntity;
import org.policygraph.extract.FoundRelation;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;

/**
 * Merges one document's extraction into a graph, incrementally: an entity already known by its label or any
 * alias gains the new names and mentions; otherwise it becomes a new vertex. Relations add evidence to the
 * matching edge or create it.
 */
public final class GraphMerger {

    /** Merges and returns the stored document (its id may have been made unique). */
    public Document merge(KnowledgeGraph g, DocumentExtraction x) {
        Document[] stored = new Document[1];
        g.batch(() -> {
            Document doc = g.addDocument(x.document());
            stored[0] = doc;
            String docId = doc.id();
            Map<String, Entity> local = new HashMap<>();
            for (FoundEntity f : x.entities()) {
                Entity e = resolve(g, f);
                local.put(f.key(), e);
                g.addAlias(e, f.label());
                for (String a : f.aliases()) g.addAlias(e, a);
                for (Mention m : f.mentions()) {
                    g.addMention(e, docId.equals(m.doc()) ? m : new Mention(docId, m.start(), m.end(), m.text()));
                }
            }
            for (FoundRelation r : x.relations()) {
                Entity s = local.get(r.sourceKey());
                Entity t = local.get(r.targetKey());
                if (s == null || t == null || s.equals(t)) continue;
                Evidence ev = r.evidence();
                Evidence fixed = new Evidence(docId, ev.start(), ev.end(), ev.text(), doc.date());
                g.addEvidence(g.relate(s, t, r.type()), fixed);
            }
        });
        return stored[0];
    }

    private static Entity resolve(KnowledgeGraph g, FoundEntity f) {
        Entity e = g.find(f.label()).orElse(null);
        if (e != null && e.type().equals(f.type())) return e;
        for (String a : f.aliases()) {
            Entity byAlias = g.find(a).orElse(null);
            if (byAlias != null && byAlias.type().equals(f.type())) return byAlias;
        }
        if (e != null) return e;
        if (EntityType.PERSON.equals(f.type())) {
            Entity same = samePerson(g, f.label());
            if (same != null) return same;
        }
        return g.addEntity(f.label(), f.type());
    }

    /**
     * "Tate" in one document and "Rosalind Tate" in another are one person when exactly one person in the graph
     * carries that surname. A fuller name becomes the label.
     */
    private static Entity samePerson(KnowledgeGraph g, String label) {
        String[] words = label.trim().split(" ");
        String surname = words[words.length - 1];
        Entity found = null;
        for (Entity x : g.peopleWithLastWord(surname)) {
            boolean single = x.label().indexOf(' ') < 0;
            boolean match = words.length == 1 || single;
            if (!match) continue;
            if (found != null) return null;
            found = x;
        }
        if (found != null && words.length > 1) g.rename(found, label);
        return found;
    }
}
