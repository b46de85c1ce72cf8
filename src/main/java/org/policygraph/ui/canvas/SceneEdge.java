package org.policygraph.ui.canvas;

import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/** A relation with its two ends, since a {@link Relation} does not know where it is attached. */
public record SceneEdge(Relation relation, Entity source, Entity target) {
}
