package org.policygraph.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A graph vertex: one real-world entity with its names and the places it is mentioned.
 * Identity is the immutable id, so the entity can be renamed or retyped while it sits in a JGraphT graph.
 * Mutated only through {@code org.policygraph.graph.KnowledgeGraph}, which keeps its indexes in step.
 */
public final class Entity {
    private final String id;
    private String label;
    private String type;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final List<Mention> mentions = new ArrayList<>();
    private String note;

    public Entity(String id, String label, String type) {
        this.id = Objects.requireNonNull(id);
        this.label = Objects.requireNonNull(label);
        this.type = Objects.requireNonNull(type);
    }

    public String id() { return id; }
    public String label() { return label; }
    public String type() { return type; }
    public String note() { return note; }
    /** Other names, never including the label itself. */
    public Set<String> aliases() { return Collections.unmodifiableSet(aliases); }
    public List<Mention> mentions() { return Collections.unmodifiableList(mentions); }

    public void setLabel(String label) {
        this.label = Objects.requireNonNull(label);
        aliases.remove(label);
    }
    public void setType(String type) { this.type = Objects.requireNonNull(type); }
    public void setNote(String note) { this.note = note; }

    public boolean addAlias(String alias) {
        if (alias == null || alias.isBlank() || alias.equals(label)) return false;
        return aliases.add(alias);
    }
    public boolean removeAlias(String alias) { return aliases.remove(alias); }
    public void addMention(Mention m) { mentions.add(m); }
    public void addMentions(List<Mention> ms) { mentions.addAll(ms); }
    public void removeMentions(java.util.Collection<Mention> ms) { mentions.removeAll(ms); }
    public void clearMentions() { mentions.clear(); }

    /** All names: label first, then aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(label);
        all.addAll(aliases);
        return all;
    }

    /** Shortest readable name for a crowded picture: an acronym alias when there is one. */
    public String shortLabel() {
        if (label.length() <= 18) return label;
        // drugs and people keep their words: "K2" is no short name for synthetic cannabinoids
        if (type.equals(EntityType.DRUG) || type.equals(EntityType.PERSON)) return label;
        String best = label;
        for (String a : aliases) {
            if (a.length() >= 2 && a.length() < best.length() && a.equals(a.toUpperCase()) && !a.contains(" ")) best = a;
        }
        return best;
    }

    /** Distinct documents that mention this entity. */
    public Set<String> documents() {
        Set<String> docs = new LinkedHashSet<>();
        for (Mention m : mentions) docs.add(m.doc());
        return docs;
    }

    @Override public boolean equals(Object o) { return o instanceof Entity e && e.id.equals(id); }
    @Override public int hashCode() { return id.hashCode(); }
    @Override public String toString() { return label + " [" + type + "]"; }
}
