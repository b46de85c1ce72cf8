package org.policygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

class GraphMergerTest {
    private final RuleBasedExtractor extractor = RuleBasedExtractor.createDefault();
    private final GraphMerger merger = new GraphMerger();

    private void add(KnowledgeGraph g, String id, String text) {
        merger.merge(g, extractor.extract(new Document(id, id, null, "2024-05-01", text)));
    }

    @Test
    void aliasesMergeAcrossDocuments() {
        KnowledgeGraph g = new KnowledgeGraph();
        add(g, "a.txt", "The Drug Enforcement Administration (DEA) worked with Europol.");
        add(g, "b.txt", "Later the DEA partnered with Europol again.");
        add(g, "c.txt", "Officers of the U.S. Drug Enforcement Administration's field office met Colombian police.");
        List<Entity> dea = g.entities().stream().filter(e -> e.label().equals("Drug Enforcement Administration")).toList();
        assertEquals(1, dea.size());
        assertEquals(3, dea.get(0).documents().size());
        assertTrue(g.find("the DEA's").isPresent());
    }

    @Test
    void edgesGainEvidenceFromEachDocument() {
        KnowledgeGraph g = new KnowledgeGraph();
        add(g, "a.txt", "The DEA partners with Europol on darknet cases.");
        add(g, "b.txt", "The DEA partners with Europol on precursor cases.");
        Entity dea = g.find("DEA").orElseThrow();
        Entity europol = g.find("Europol").orElseThrow();
        Relation r = g.findRelation(dea, europol, "PARTNERS_WITH").orElseThrow();
        assertEquals(2, r.evidence().size());
        assertEquals(2, r.documents().size());
        assertEquals("2024-05-01", r.evidence().get(0).date(), "evidence carries the document date");
        assertTrue(r.evidence().get(0).text().contains("darknet"));
    }

    @Test
    void surnameOnlyPersonJoinsTheFullName() {
        KnowledgeGraph g = new KnowledgeGraph();
        add(g, "a.txt", "Administrator Odile Brennick said the DEA would act.");
        add(g, "b.txt", "Administrator Brennick said the numbers fell.");
        long people = g.entities().stream().filter(e -> e.type().equals("PERSON")).count();
        assertEquals(1, people);
    }

    @Test
    void removingADocumentDropsWhatOnlyItSupported() {
        KnowledgeGraph g = new KnowledgeGraph();
        add(g, "a.txt", "The DEA partners with Europol.");
        add(g, "b.txt", "The FBI seized fentanyl in Germany.");
        g.removeDocument("b.txt");
        assertTrue(g.find("FBI").isEmpty());
        assertTrue(g.find("DEA").isPresent());
        assertEquals(1, g.documents().size());
    }
}
