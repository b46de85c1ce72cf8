package org.policygraph.graph.corrections;

import java.util.List;

import org.policygraph.extract.GazetteerEntry;
import org.policygraph.model.EntityType;

/**
 * The user's additions to the ontology and gazetteer: new entity types (same shape as ontology.json entries) and
 * known entities with their aliases (the extractor's own {@link GazetteerEntry}), so the next extraction finds them.
 * Read and written by {@link UserGazetteerJson}.
 */
public record UserGazetteer(List<EntityType> entityTypes, List<GazetteerEntry> entities) {
    public static final UserGazetteer EMPTY = new UserGazetteer(List.of(), List.of());

    public UserGazetteer {
        entityTypes = List.copyOf(entityTypes);
        entities = List.copyOf(entities);
    }
}
