package org.policygraph.graph.edit;

import java.util.List;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Draws an edge by hand: manual, with an optional note. If the edge already exists it is marked manual and
 * given the note instead (undo puts its old state back); otherwise a new edge is made (undo removes it, redo
 * puts back the same edge).
 */
public final class AddRelation implements EditCommand {
    private final KnowledgeGraph g;
    private final Entity source;
    private final Entity target;
    private final String type;
    private final String note;
    private Relation relation;
    private RelationState existedBefore;
    private boolean created;

    public AddRelation(KnowledgeGraph g, Entity source, Entity target, String type, String note) {
        this.g = g;
        this.source = Checks.inGraph(g, source);
        this.target = Checks.inGraph(g, target);
        if (source == target) throw new IllegalArgumentException("an edge needs two different entities");
        this.type = Checks.name(type, "relation type");
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    @Override
    public void execute() {
        if (relation == null) {
            int before = g.relationCount();
            relation = g.relate(source, target, type);
            created = g.relationCount() > before;
            if (!created) existedBefore = RelationState.of(relation);
        } else if (created) {
            g.restoreRelation(relation, source, target);
        }
        g.setManual(relation, true);
        if (note != null) g.setNote(relation, note);
    }

    @Override
    public void undo() {
        if (created) g.removeRelation(relation);
        else existedBefore.restore(g, relation);
    }

    /** The edge drawn (after the first execute). */
    public Relation relation() { return relation; }

    @Override public String description() { return "Add " + type + " edge " + source.label() + " → " + target.label(); }

    @Override
    public List<Correction> corrections() {
        return List.of(new Correction.AddRelation(source.label(), target.label(), type, note));
    }
}
