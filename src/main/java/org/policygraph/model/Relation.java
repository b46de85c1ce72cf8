package org.policygraph.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A graph edge: a typed relation between two entities with the sentences that state it.
 * Each instance is a distinct edge object (JGraphT and SmartGraph reject duplicate edge elements),
 * identified by its id. Weight is the number of supporting sentences unless set explicitly.
 */
public final class Relation {
    private final String id;
    private String type;
    private final List<Evidence> evidence = new ArrayList<>();
    private String note;
    /** Set by users who draw an edge by hand; such edges survive re-extraction through corrections. */
    private boolean manual;

    public Relation(String id, String type) {
        this.id = Objects.requireNonNull(id);
        this.type = Objects.requireNonNull(type);
    }

    public String id() { return id; }
    public String type() { return type; }
    public void setType(String type) { this.type = Objects.requireNonNull(type); }
    public String note() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean manual() { return manual; }
    public void setManual(boolean manual) { this.manual = manual; }
    public List<Evidence> evidence() { return Collections.unmodifiableList(evidence); }

    /** Adds evidence unless the same sentence of the same document is already there. */
    public boolean addEvidence(Evidence e) {
        for (Evidence x : evidence) {
            if (x.doc().equals(e.doc()) && x.start() == e.start() && x.end() == e.end()) return false;
        }
        evidence.add(e);
        return true;
    }
    public void removeEvidenceOf(String doc) { evidence.removeIf(e -> e.doc().equals(doc)); }

    public double weight() { return Math.max(1, evidence.size()); }

    /** Distinct documents behind this edge: the "source strength" filter counts these. */
    public Set<String> documents() {
        Set<String> docs = new LinkedHashSet<>();
        for (Evidence e : evidence) docs.add(e.doc());
        return docs;
    }

    @Override public boolean equals(Object o) { return o instanceof Relation r && r.id.equals(id); }
    @Override public int hashCode() { return id.hashCode(); }
    @Override public String toString() { return type + "#" + id; }
}
