package org.policygraph.extract;

import java.util.List;
import java.util.Set;

import org.policygraph.model.Mention;

/**
 * An entity found in one document, before it is merged into a graph.
 *
 * @param key      id unique within the document's extraction, used by {@link FoundRelation}
 * @param label    the best (longest formal) name seen
 * @param aliases  every other name it goes by in this document or the gazetteer
 */
public record FoundEntity(String key, String label, String type, Set<String> aliases, List<Mention> mentions) {
}
