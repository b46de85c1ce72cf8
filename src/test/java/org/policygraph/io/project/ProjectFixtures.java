package org.policygraph.io.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.TestGraphs;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/** A project around the small test graph (built by hand through the KnowledgeGraph API), its documents as real files. */
final class ProjectFixtures {
    private ProjectFixtures() {
    }

    /** The small test graph, its two documents saved as real files under {@code docs}. */
    static Project project(Path docs) throws IOException {
        Files.createDirectories(docs);
        Path a = Files.writeString(docs.resolve("a.txt"), TestGraphs.TEXT_A);
        Path b = Files.writeString(docs.resolve("b.md"), TestGraphs.TEXT_B);
        KnowledgeGraph g = TestGraphs.small(a.toString(), b.toString());
        Entity harbour = g.entity("harbour-agency").orElseThrow();
        Entity coast = g.entity("coast-border-unit").orElseThrow();
        Entity drift = g.entity("operation-driftwood").orElseThrow();
        Relation partners = g.relations().stream().filter(r -> r.id().equals("e1")).findFirst().orElseThrow();

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
