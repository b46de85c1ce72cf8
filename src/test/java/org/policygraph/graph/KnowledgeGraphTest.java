package org.policygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Relation;

class KnowledgeGraphTest {

    @Test
    void findIgnoresCaseTheAndPossessiveAndCountryPrefix() {
        KnowledgeGraph g = new KnowledgeGraph();
        Entity cbp = g.addEntity("U.S. Customs and Border Protection", "AGENCY");
        g.addAlias(cbp, "CBP");
        assertSame(cbp, g.find("the CBP's").orElseThrow());
        assertSame(cbp, g.find("Customs and Border Protection").orElseThrow());
        assertSame(cbp, g.find("customs & border protection").orElseThrow());
    }

    @Test
    void mergeMovesNamesMentionsAndEdges() {
        KnowledgeGraph g = new KnowledgeGraph();
        Entity a = g.addEntity("Drug Enforcement Administration", "AGENCY");
        Entity b = g.addEntity("DEA", "AGENCY");
        Entity c = g.addEntity("Europol", "AGENCY");
        g.addEvidence(g.relate(b, c, "PARTNERS_WITH"), new Evidence("d", 0, 5, "x"));
        g.addEvidence(g.relate(a, c, "PARTNERS_WITH"), new Evidence("e", 0, 5, "y"));
        g.merge(a, b);
        assertEquals(2, g.entityCount());
        assertSame(a, g.find("DEA").orElseThrow());
        Relation r = g.findRelation(a, c, "PARTNERS_WITH").orElseThrow();
        assertEquals(2, r.evidence().size(), "parallel edges of one type fold into one");
        assertEquals(1, g.relationCount());
    }

    @Test
    void searchIsAliasAware() {
        KnowledgeGraph g = new KnowledgeGraph();
        Entity dea = g.addEntity("Drug Enforcement Administration", "AGENCY");
        g.addAlias(dea, "DEA");
        g.addEntity("Denmark", "COUNTRY");
        assertSame(dea, g.search("drug enf", 5).get(0));
        assertSame(dea, g.search("DEA", 5).get(0));
        assertTrue(g.search("zzz", 5).isEmpty());
    }

    @Test
    void cooccurrenceIsOneEdgeWhicheverDirection() {
        KnowledgeGraph g = new KnowledgeGraph();
        Entity a = g.addEntity("A Agency", "AGENCY");
        Entity b = g.addEntity("B Agency", "AGENCY");
        assertSame(g.relate(a, b, "CO_OCCURS"), g.relate(b, a, "CO_OCCURS"));
    }
}
