package org.policygraph.graph.edit;

import java.util.List;
import java.util.Objects;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/** Sets (or, with a blank note, clears) the free-text note of an entity or an edge. */
public final class SetNote implements EditCommand {
    private final KnowledgeGraph g;
    private final Entity entity;
    private final Relation relation;
    private final String note;
    private final String description;
    private final Correction correction;
    private String before;

    private SetNote(KnowledgeGraph g, Entity e, Relation r, String note) {
        this.g = g;
        this.entity = e;
        this.relation = r;
        this.note = note == null || note.isBlank() ? null : note.strip();
        String what;
        if (e != null) {
            what = e.label();
            correction = new Correction.EntityNote(e.label(), this.note);
        } else {
            String s = g.source(r).label(), t = g.target(r).label();
            what = r.type() + " edge " + s + " → " + t;
            correction = new Correction.RelationNote(s, t, r.type(), this.note);
        }
        this.description = (this.note == null ? "Clear note on " : "Set note on ") + what;
    }

    public static SetNote on(KnowledgeGraph g, Entity e, String note) {
        return new SetNote(g, Checks.inGraph(g, e), null, note);
    }

    public static SetNote on(KnowledgeGraph g, Relation r, String note) {
        return new SetNote(g, null, Checks.inGraph(g, r), note);
    }

    @Override
    public void execute() {
        before = entity != null ? entity.note() : relation.note();
        write(note);
    }

    @Override
    public void undo() {
        write(before);
    }

    private void write(String n) {
        if (entity != null && !Objects.equals(entity.note(), n)) g.setNote(entity, n);
        if (relation != null && !Objects.equals(relation.note(), n)) g.setNote(relation, n);
    }

    @Override public String description() { return description; }
    @Override public List<Correction> corrections() { return List.of(correction); }
}
