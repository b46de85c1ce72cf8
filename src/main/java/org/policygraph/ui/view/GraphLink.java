package org.policygraph.ui.view;

import com.brunomnsilva.smartgraph.graphview.SmartLabelSource;

import org.policygraph.model.Relation;

/**
 * An edge element of the SmartGraph projection: one per relation, compared by identity, because SmartGraph's
 * graph rejects an edge element it already holds.
 */
public final class GraphLink {
    private final Relation relation;

    GraphLink(Relation relation) {
        this.relation = relation;
    }

    public Relation relation() { return relation; }

    @SmartLabelSource
    public String label() { return relation.type().toLowerCase().replace('_', ' '); }

    @Override public String toString() { return label(); }
}
