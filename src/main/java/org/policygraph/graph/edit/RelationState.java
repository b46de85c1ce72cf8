package org.policygraph.graph.edit;

import java.util.List;
import java.util.Objects;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Evidence;
import org.policygraph.model.Relation;

/** Everything editable about an edge, copied, so undo can put it back exactly. */
record RelationState(String type, List<Evidence> evidence, String note, boolean manual) {
    static RelationState of(Relation r) {
        return new RelationState(r.type(), List.copyOf(r.evidence()), r.note(), r.manual());
    }

    void restore(KnowledgeGraph g, Relation r) {
        g.batch(() -> {
            if (!r.type().equals(type)) g.retypeRelation(r, type);
            if (!r.evidence().equals(evidence)) g.setEvidence(r, evidence);
            if (!Objects.equals(r.note(), note)) g.setNote(r, note);
            if (r.manual() != manual) g.setManual(r, manual);
        });
    }
}
