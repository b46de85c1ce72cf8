package org.policygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.Names;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

/**
 * The knowledge graph: documents, entity vertices and relation edges in a JGraphT directed multigraph,
 * with a name index (labels and aliases) for alias-aware lookup. All mutations go through this class
 * so the index stays consistent. Not thread-safe: one writer at a time (background tasks build a graph,
 * then hand it over).
 */
public class KnowledgeGraph {
    private final Graph<Entity, Relation> graph = new DirectedMultigraph<>(null, null, false);
    private final Graph<Entity, Relation> readOnly = new AsUnmodifiableGraph<>(graph);
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Map<String, Entity> byKey = new HashMap<>();
    private final List<GraphListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong nextEdge = new AtomicLong();
    private int batchDepth;
    private boolean dirty;

    /** Read-only view of the JGraphT graph for analytics, layout and rendering. */
    public Graph<Entity, Relation> graph() { return readOnly; }

    public Collection<Entity> entities() { return Collections.unmodifiableCollection(byId.values()); }
    public Collection<Relation> relations() { return readOnly.edgeSet(); }
    public Collection<Document> documents() { return Collections.unmodifiableCollection(documents.values()); }
    public Optional<Document> document(String id) { return Optional.ofNullable(documents.get(id)); }
    public Optional<Entity> entity(String id) { return Optional.ofNullable(byId.get(id)); }
    public int entityCount() { return byId.size(); }
    public int relationCount() { return graph.edgeSet().size(); }
    public Entity source(Relation r) { return graph.getEdgeSource(r); }
    public Entity target(Relation r) { return graph.getEdgeTarget(r); }

    // ---- listeners and batching ----

    public void addListener(GraphListener l) { listeners.add(l); }
    public void removeListener(GraphListener l) { listeners.remove(l); }

    /** Runs many edits and tells listeners once. */
    public void batch(Runnable edits) {
        batchDepth++;
        try {
            edits.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0 && dirty) fire();
        }
    }

    private void changed() {
        dirty = true;
        if (batchDepth == 0) fire();
    }

    private void fire() {
        dirty = false;
        for (GraphListener l : listeners) l.graphChanged(this);
    }

    // ---- documents ----

    /** Adds a document, renaming its id if another document already uses it; returns the stored document. */
    public Document addDocument(Document d) {
        String id = d.id();
        for (int i = 2; documents.containsKey(id); i++) id = d.id() + "#" + i;
        Document stored = id.equals(d.id()) ? d : d.withId(id);
        documents.put(id, stored);
        changed();
        return stored;
    }

    /** Takes a document out: its mentions and evidence go, and so do entities and edges left with none. */
    public void removeDocument(String docId) {
        if (documents.remove(docId) == null) return;
        batch(() -> {
            for (Relation r : new ArrayList<>(graph.edgeSet())) {
                if (r.manual()) continue;
                r.removeEvidenceOf(docId);
                if (r.evidence().isEmpty()) graph.removeEdge(r);
            }
            for (Entity e : new ArrayList<>(byId.values())) {
                e.removeMentions(e.mentions().stream().filter(m -> m.doc().equals(docId)).toList());
                if (e.mentions().isEmpty() && graph.degreeOf(e) == 0) removeEntity(e);
            }
            changed();
        });
    }

    // ---- lookup ----

    /** Finds an entity by label or alias (case, punctuation, "the", possessive and "U.S." insensitive). */
    public Optional<Entity> find(String name) {
        Entity e = byKey.get(Names.key(name));
        if (e == null) e = byKey.get(Names.keyWithoutCountryPrefix(name));
        return Optional.ofNullable(e);
    }

    /** Entities whose label or alias contains the query (alias-aware search and autocomplete), best first. */
    public List<Entity> search(String query, int limit) {
        String q = Names.key(query);
        if (q.isEmpty()) return List.of();
        return byId.values().stream()
                .map(e -> Map.entry(e, score(e, q)))
                .filter(en -> en.getValue() > 0)
                .sorted((a, b) -> {
                    int c = Integer.compare(b.getValue(), a.getValue());
                    return c != 0 ? c : Integer.compare(b.getKey().mentions().size(), a.getKey().mentions().size());
                })
                .limit(limit).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    private static int score(Entity e, String q) {
        int best = 0;
        for (String n : e.names()) {
            String k = Names.key(n);
            if (k.equals(q)) best = Math.max(best, 4);
            else if (k.startsWith(q)) best = Math.max(best, 3);
            else if ((" " + k).contains(" " + q)) best = Math.max(best, 2);
            else if (k.contains(q)) best = Math.max(best, 1);
        }
        return best;
    }

    // ---- entities ----

    /** Creates a new entity; the caller makes sure the name is not taken (see {@link #find}). */
    /** People by the last word of their label; entries may be stale and are checked on reading. */
    private final Map<String, java.util.Set<Entity>> peopleByLastWord = new HashMap<>();

    private void notePerson(Entity e) {
        if (!org.policygraph.model.EntityType.PERSON.equals(e.type())) return;
        peopleByLastWord.computeIfAbsent(lastWord(e.label()), k -> new java.util.LinkedHashSet<>()).add(e);
    }

    private static String lastWord(String label) {
        String t = label.strip();
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    /** People whose label ends with this word ("Tate" finds "Rosalind Tate" and "Tate"). */
    public List<Entity> peopleWithLastWord(String word) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : peopleByLastWord.getOrDefault(word, java.util.Set.of())) {
            if (byId.get(e.id()) == e && org.policygraph.model.EntityType.PERSON.equals(e.type()) && lastWord(e.label()).equals(word)) {
                out.add(e);
            }
        }
        return out;
    }

    public Entity addEntity(String label, String type) {
        String base = slug(label);
        String id = base;
        for (int i = 2; byId.containsKey(id); i++) id = base + "-" + i;
        Entity e = new Entity(id, label, type);
        byId.put(id, e);
        notePerson(e);
        graph.addVertex(e);
        index(label, e);
        changed();
        return e;
    }

    /** Re-inserts an entity object (undo of a delete). */
    public void restoreEntity(Entity e) {
        byId.put(e.id(), e);
        notePerson(e);
        graph.addVertex(e);
        for (String n : e.names()) index(n, e);
        changed();
    }

    public boolean addAlias(Entity e, String alias) {
        if (alias == null || alias.isBlank()) return false;
        Entity owner = byKey.get(Names.key(alias));
        if (owner != null && owner != e) return false;
        boolean added = e.addAlias(alias.strip());
        index(alias, e);
        if (added) changed();
        return added;
    }

    public boolean removeAlias(Entity e, String alias) {
        if (!e.removeAlias(alias)) return false;
        unindex(alias, e);
        for (String n : e.names()) index(n, e);
        changed();
        return true;
    }

    public void rename(Entity e, String newLabel) {
        String old = e.label();
        e.setLabel(newLabel);
        e.addAlias(old);
        index(newLabel, e);
        notePerson(e);
        changed();
    }

    public void retype(Entity e, String type) {
        e.setType(type);
        notePerson(e);
        changed();
    }

    public void addMention(Entity e, Mention m) {
        e.addMention(m);
        changed();
    }

    /** Replaces an entity's mentions (undo of edits that moved mentions). */
    public void setMentions(Entity e, List<Mention> mentions) {
        e.clearMentions();
        e.addMentions(mentions);
        changed();
    }

    /** Sets label and aliases exactly, in order, re-indexing the names (undo of rename, merge, alias edits). */
    public void setNames(Entity e, String label, Collection<String> aliases) {
        for (String n : e.names()) unindex(n, e);
        for (String a : new ArrayList<>(e.aliases())) e.removeAlias(a);
        e.setLabel(label);
        notePerson(e);
        for (String a : aliases) e.addAlias(a);
        for (String n : e.names()) index(n, e);
        changed();
    }

    /** The entity's alias spelled like {@code name} up to case and punctuation (not its label). */
    public Optional<String> aliasNamed(Entity e, String name) {
        String key = Names.key(name);
        return e.aliases().stream().filter(a -> Names.key(a).equals(key)).findFirst();
    }

    /**
     * Takes an alias off an entity and makes it an entity of its own (same type), moving the mentions whose
     * text is that name. Returns the new entity; edges stay where they are (no sentence says which name they used).
     */
    public Entity splitAlias(Entity e, String alias) {
        String key = Names.key(alias);
        String name = aliasNamed(e, alias)
                .orElseThrow(() -> new IllegalArgumentException(e.label() + " has no alias " + alias));
        Entity[] created = new Entity[1];
        batch(() -> {
            removeAlias(e, name);
            created[0] = addEntity(name, e.type());
            List<Mention> moved = e.mentions().stream().filter(m -> Names.key(m.text()).equals(key)).toList();
            e.removeMentions(moved);
            created[0].addMentions(moved);
            changed();
        });
        return created[0];
    }

    /** Moves names, mentions and edges of {@code from} onto {@code into}, then removes {@code from}. */
    public void merge(Entity into, Entity from) {
        if (into == from) return;
        batch(() -> {
            List<String> names = from.names();
            List<Mention> mentions = new ArrayList<>(from.mentions());
            List<RemovedEdge> edges = removeEntity(from);
            for (String n : names) addAlias(into, n);
            into.addMentions(mentions);
            for (RemovedEdge re : edges) {
                Entity s = re.source().equals(from) ? into : re.source();
                Entity t = re.target().equals(from) ? into : re.target();
                reattach(re.relation(), s, t);
            }
            changed();
        });
    }

    private void reattach(Relation r, Entity s, Entity t) {
        if (s.equals(t) || !graph.containsVertex(s) || !graph.containsVertex(t)) return;
        Relation existing = findRelation(s, t, r.type()).orElse(null);
        if (existing != null) {
            for (Evidence ev : r.evidence()) existing.addEvidence(ev);
            if (r.manual()) existing.setManual(true);
            if (existing.note() == null) existing.setNote(r.note());
        } else {
            graph.addEdge(s, t, r);
        }
    }

    /** Removes an entity and its edges; returns the removed edges with their ends (for undo). */
    public List<RemovedEdge> removeEntity(Entity e) {
        List<RemovedEdge> removed = new ArrayList<>();
        if (!graph.containsVertex(e)) return removed;
        for (Relation r : new ArrayList<>(graph.edgesOf(e))) {
            Entity s = graph.getEdgeSource(r), t = graph.getEdgeTarget(r);
            removed.add(new RemovedEdge(r, s, t));
        }
        graph.removeVertex(e);
        byId.remove(e.id());
        for (String n : e.names()) unindex(n, e);
        changed();
        return removed;
    }

    /** An edge that was removed together with an entity, kept so undo can put it back. */
    public record RemovedEdge(Relation relation, Entity source, Entity target) {
    }

    // ---- relations ----

    /**
     * Returns the edge of this type between the two entities, creating it if needed. CO_OCCURS edges are
     * undirected in meaning, so either direction is reused.
     */
    public Relation relate(Entity s, Entity t, String type) {
        Objects.requireNonNull(type);
        if (s.equals(t)) throw new IllegalArgumentException("self relation on " + s);
        Optional<Relation> existing = findRelation(s, t, type);
        if (existing.isPresent()) return existing.get();
        if (RelationType.isCooccurrence(type)) {
            Optional<Relation> back = findRelation(t, s, type);
            if (back.isPresent()) return back.get();
        }
        Relation r = new Relation("e" + nextEdge.incrementAndGet(), type);
        graph.addEdge(s, t, r);
        changed();
        return r;
    }

    public void addEvidence(Relation r, Evidence ev) {
        if (r.addEvidence(ev)) changed();
    }

    /** Puts an edge object back between two entities (undo, project loading). */
    public void restoreRelation(Relation r, Entity s, Entity t) {
        if (!graph.containsVertex(s) || !graph.containsVertex(t)) return;
        graph.addEdge(s, t, r);
        bumpEdgeCounter(r.id());
        changed();
    }

    private void bumpEdgeCounter(String id) {
        if (id.startsWith("e")) {
            try {
                long n = Long.parseLong(id.substring(1));
                nextEdge.accumulateAndGet(n, Math::max);
            } catch (NumberFormatException ignored) {
                // ids from other tools keep their own scheme
            }
        }
    }

    public Optional<Relation> findRelation(Entity s, Entity t, String type) {
        if (!graph.containsVertex(s) || !graph.containsVertex(t)) return Optional.empty();
        for (Relation r : graph.getAllEdges(s, t)) {
            if (r.type().equals(type)) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** All edges between two entities in either direction. */
    public List<Relation> relationsBetween(Entity a, Entity b) {
        List<Relation> all = new ArrayList<>(graph.getAllEdges(a, b));
        all.addAll(graph.getAllEdges(b, a));
        return all;
    }

    public void removeRelation(Relation r) {
        if (graph.removeEdge(r)) changed();
    }

    public void retypeRelation(Relation r, String type) {
        r.setType(type);
        changed();
    }

    public void setNote(Entity e, String note) {
        e.setNote(note);
        changed();
    }

    public void setNote(Relation r, String note) {
        r.setNote(note);
        changed();
    }

    /** Marks an edge as drawn (or confirmed) by a user, so it survives re-extraction through corrections. */
    public void setManual(Relation r, boolean manual) {
        r.setManual(manual);
        changed();
    }

    /** Replaces an edge's evidence (undo of a merge that folded evidence into it). */
    public void setEvidence(Relation r, List<Evidence> evidence) {
        for (String doc : new ArrayList<>(r.documents())) r.removeEvidenceOf(doc);
        for (Evidence ev : evidence) r.addEvidence(ev);
        changed();
    }

    // ---- index ----

    private void index(String name, Entity e) {
        byKey.putIfAbsent(Names.key(name), e);
        String bare = Names.keyWithoutCountryPrefix(name);
        byKey.putIfAbsent(bare, e);
    }

    private void unindex(String name, Entity e) {
        byKey.remove(Names.key(name), e);
        byKey.remove(Names.keyWithoutCountryPrefix(name), e);
    }

    static String slug(String label) {
        String s = Names.key(label).replace(' ', '-');
        return s.isEmpty() ? "entity" : s;
    }
}
