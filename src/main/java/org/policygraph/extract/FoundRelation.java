package org.policygraph.extract;

import org.policygraph.model.Evidence;

/** A relation stated (or, for CO_OCCURS, implied) by one sentence, between two {@link FoundEntity} keys. */
public record FoundRelation(String sourceKey, String targetKey, String type, Evidence evidence) {
}
