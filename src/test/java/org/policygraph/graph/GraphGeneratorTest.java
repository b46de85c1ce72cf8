package org.policygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

class GraphGeneratorTest {
    @Test
    void buildsTheRequestedSizeWithRealisticTypes() {
        KnowledgeGraph g = new GraphGenerator().generate(2000, 6000);
        assertEquals(2000, g.entityCount());
        assertEquals(6000, g.relationCount());
        Set<String> types = g.entities().stream().map(Entity::type).collect(Collectors.toSet());
        assertEquals(8, types.size());
        long co = g.relations().stream().filter(r -> RelationType.isCooccurrence(r.type())).count();
        assertTrue(co > 6000 * 0.15 && co < 6000 * 0.8, "co-occurrence share " + co);
        assertTrue(g.relations().stream().map(Relation::type).distinct().count() >= 8);
        List<Set<Entity>> comps = GraphAnalytics.components(g.graph());
        assertTrue(comps.size() > 1, "some islands expected");
        int biggest = comps.stream().mapToInt(Set::size).max().orElse(0);
        assertTrue(biggest > 1500, "a main component expected, got " + biggest);
    }

    @Test
    void sameSeedSameGraph() {
        KnowledgeGraph a = new GraphGenerator(3).generate(200, 500);
        KnowledgeGraph b = new GraphGenerator(3).generate(200, 500);
        assertEquals(a.entities().stream().map(Entity::label).toList(), b.entities().stream().map(Entity::label).toList());
        assertEquals(a.relations().stream().map(r -> a.source(r).id() + r.type() + a.target(r).id()).toList(),
                b.relations().stream().map(r -> b.source(r).id() + r.type() + b.target(r).id()).toList());
    }
}
