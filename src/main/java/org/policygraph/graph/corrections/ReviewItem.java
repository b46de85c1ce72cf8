package org.policygraph.graph.corrections;

import java.util.List;

import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * One likely extraction error for the user to look at, most likely first in a {@link ReviewList}.
 *
 * @param entities the entities concerned (two for a near-duplicate, the survivor suggestion first)
 * @param relation the edge concerned, for an edge without evidence; else null
 * @param reason   one line for the list, e.g. "DEA may be the same as Drug Enforcement Administration (acronym)"
 * @param score    0..1, how likely this is an error
 */
public record ReviewItem(Kind kind, List<Entity> entities, Relation relation, String reason, double score) {
    /** What looks wrong, which also says what fix to offer. */
    public enum Kind {
        /** Two entities that may be one: offer merge. */
        NEAR_DUPLICATE,
        /** An entity typed unlike the others with the same head word: offer retype. */
        TYPE_CONFLICT,
        /** An entity or edge no sentence supports (and no user drew): offer delete. */
        NO_EVIDENCE,
        /** Mentioned once and linked to nothing: often noise; offer delete or merge. */
        SINGLETON
    }

    public ReviewItem {
        entities = List.copyOf(entities);
    }
}
