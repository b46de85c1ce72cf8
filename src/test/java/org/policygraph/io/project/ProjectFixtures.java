package org.policygraph.io.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.TestGraphs;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.Relation;

/** A project built by hand through the KnowledgeGraph API, with its documents written to a folder. */
final class ProjectFixtures {
    private ProjectFixtures() {
    }

    /** The small test graph, its two documents saved as real files under {@code docs}. */
    static Project project(Path docs) throws IOException {
        Files.createDirectories(docs);
        Path a = Files.writeString(docs.resolve("a.txt"), TestGraphs.TEXT_A);
        Path b = Files.writeString(docs.resolve("b.md"), TestGraphs.TEXT_B);
        KnowledgeGraph g = new KnowledgeGraph();
        g.addDocument(new Document("a.txt", "Pact news", a.toString(), "2024-03-01", TestGraphs.TEXT_A));
        g.addDocument(new Document("b.md", "Driftwood", b.toString(), null, TestGraphs.TEXT_B));
        Entity harbour = g.addEntity("Harbour Agency", "AGENCY");
        g.addAlias(harbour, "HA");
        g.addMention(harbour, new Mention("a.txt", 4, 18, "Harbour Agency"));
        g.addMention(harbour, new Mention("b.md", 38, 52, "Harbour Agency"));
        Entity coast = g.addEntity("Coast & <Border> \"Unit\"", "AGENCY");
        g.addMention(coast, new Mention("a.txt", 25, 35, "Coast Unit"));
        Entity drift = g.addEntity("Operation Driftwood", "OPERATION");
        g.addMention(drift, new Mention("b.md", 0, 19, "Operation Driftwood"));
        g.setNote(drift, "ask about the end date");
        Relation partners = g.relate(harbour, coast, "PARTNERS_WITH");
        g.addEvidence(partners, new Evidence("a.txt", 0, 50, "The Harbour Agency & the Coast Unit signed a pact.", "2024-03-01"));
        Relation co = g.relate(harbour, coast, "CO_OCCURS");
        g.addEvidence(co, new Evidence("a.txt", 0, 50, "The Harbour Agency & the Coast Unit signed a pact."));
        Relation led = g.relate(drift, harbour, "CONDUCTED_BY");
        g.addEvidence(led, new Evidence("b.md", 0, 76, "Operation Driftwood, led by the Harbour Agency, targeted fentanyl shipments."));
        Relation manual = g.relate(coast, drift, "PARTICIPANT");
        manual.setManual(true);
        g.setNote(manual, "drawn by hand");

        Map<String, NodePosition> positions = new LinkedHashMap<>();
        positions.put(harbour.id(), new NodePosition(10.5, -20));
        positions.put(coast.id(), new NodePosition(200, 40.25));
        positions.put(drift.id(), new NodePosition(-75, 300));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("types", List.of("AGENCY", "OPERATION"));
        filters.put("minDocuments", 2);
        filters.put("showCooccurrence", false);
        SavedView agencies = new SavedView("The agencies", "Who works with whom", "Start with the pact.",
                List.of(harbour.id(), coast.id()), Map.of(harbour.id(), new NodePosition(1, 2)), 1.5, -30, 12.5,
                Map.of("types", List.of("AGENCY")), List.of(harbour.id(), partners.id(), coast.id()), coast.id(),
                List.of(List.of(harbour.id()), List.of(coast.id(), partners.id())));
        SavedView op = SavedView.of("Operation Driftwood", List.of(drift.id(), harbour.id()), positions);
        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("op", "merge");
        correction.put("into", harbour.id());
        correction.put("from", List.of("harbour-agency-2"));
        correction.put("at", "2026-11-26T10:00:00Z");
        return new Project(g, Map.of(), positions, filters, List.of(agencies, op), List.of(correction));
    }
}
