package org.policygraph.io;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.Relation;

/** Small fixed graphs written by hand for the export and project tests (our own words, no corpus text). */
public final class TestGraphs {
    public static final String TEXT_A = "The Harbour Agency & the Coast Unit signed a pact. Ministério \"Norte\" <joined> later.";
    public static final String TEXT_B = "Operation Driftwood, led by the Harbour Agency, targeted fentanyl shipments.\nIt ended in May.";

    private TestGraphs() {
    }

    /**
     * Four entities, five edges: two parallel edges of different types between the same pair (PARTNERS_WITH
     * and CO_OCCURS, Harbour Agency → Coast Unit), labels with &amp; &lt; &gt; " and non-ASCII, a comma, a
     * quote and a line break in evidence, a note and a manual edge.
     */
    public static KnowledgeGraph small() {
        return small("/docs/a.txt", "/docs/b.md");
    }

    /** The same graph with its two documents at the given paths. */
    public static KnowledgeGraph small(String pathA, String pathB) {
        KnowledgeGraph g = new KnowledgeGraph();
        g.addDocument(new Document("a.txt", "Pact news", pathA, "2024-03-01", TEXT_A));
        g.addDocument(new Document("b.md", "Driftwood", pathB, null, TEXT_B));
        Entity harbour = g.addEntity("Harbour Agency", "AGENCY");
        g.addAlias(harbour, "HA");
        g.addAlias(harbour, "the Harbour Agency");
        g.addMention(harbour, new Mention("a.txt", 4, 18, "Harbour Agency"));
        g.addMention(harbour, new Mention("b.md", 38, 52, "Harbour Agency"));
        Entity coast = g.addEntity("Coast & <Border> \"Unit\"", "AGENCY");
        g.addMention(coast, new Mention("a.txt", 25, 35, "Coast Unit"));
        Entity norte = g.addEntity("Ministério Norte", "AGENCY");
        g.addAlias(norte, "Ministério \"Norte\"");
        g.addMention(norte, new Mention("a.txt", 51, 69, "Ministério \"Norte\""));
        Entity drift = g.addEntity("Operation Driftwood", "OPERATION");
        g.addMention(drift, new Mention("b.md", 0, 19, "Operation Driftwood"));
        g.setNote(drift, "check the end date, \"May\"?");

        Relation partners = g.relate(harbour, coast, "PARTNERS_WITH");
        g.addEvidence(partners, new Evidence("a.txt", 0, 50, "The Harbour Agency & the Coast Unit signed a pact.", "2024-03-01"));
        Relation co = g.relate(harbour, coast, "CO_OCCURS");
        g.addEvidence(co, new Evidence("a.txt", 0, 50, "The Harbour Agency & the Coast Unit signed a pact.", "2024-03-01"));
        Relation led = g.relate(drift, harbour, "CONDUCTED_BY");
        g.addEvidence(led, new Evidence("b.md", 0, 93, "Operation Driftwood, led by the Harbour Agency, targeted fentanyl shipments.\nIt ended in May."));
        Relation joined = g.relate(norte, coast, "PARTNERS_WITH");
        g.addEvidence(joined, new Evidence("a.txt", 51, 86, "Ministério \"Norte\" <joined> later."));
        Relation manual = g.relate(norte, drift, "PARTICIPANT");
        manual.setManual(true);
        g.setNote(manual, "added by hand, see briefing; check");
        return g;
    }
}
