package org.policygraph.graph.corrections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The user's corrections in the order they were made (order matters: a rename changes what later ones name). */
public record CorrectionSet(List<Correction> corrections) {
    public static final CorrectionSet EMPTY = new CorrectionSet(List.of());

    public CorrectionSet {
        corrections = List.copyOf(corrections);
    }

    public static CorrectionSet of(Correction... corrections) {
        return new CorrectionSet(List.of(corrections));
    }

    public int size() { return corrections.size(); }
    public boolean isEmpty() { return corrections.isEmpty(); }

    /** A new set with more corrections at the end. */
    public CorrectionSet with(Collection<? extends Correction> more) {
        List<Correction> all = new ArrayList<>(corrections);
        all.addAll(more);
        return new CorrectionSet(all);
    }
}
