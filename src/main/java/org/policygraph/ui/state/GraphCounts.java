package org.policygraph.ui.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Counts the sidebar shows next to its filters: entities per document and per type, edges per relation type,
 * the strongest source support, and the documents' date range.
 *
 * @param firstDate earliest document date (ISO), or null when no document is dated
 */
public record GraphCounts(Map<String, Integer> entitiesPerDocument, Map<String, Integer> entitiesPerType,
        Map<String, Integer> relationsPerType, int maxSources, String firstDate, String lastDate) {

    public static GraphCounts of(KnowledgeGraph g) {
        Map<String, Integer> perDoc = new LinkedHashMap<>();
        for (Document d : g.documents()) perDoc.put(d.id(), 0);
        Map<String, Integer> perType = new LinkedHashMap<>();
        for (Entity e : g.entities()) {
            perType.merge(e.type(), 1, Integer::sum);
            for (String d : e.documents()) perDoc.merge(d, 1, Integer::sum);
        }
        Map<String, Integer> perRel = new LinkedHashMap<>();
        int max = 1;
        for (Relation r : g.relations()) {
            perRel.merge(r.type(), 1, Integer::sum);
            max = Math.max(max, r.documents().size());
        }
        TreeSet<String> dates = new TreeSet<>();
        for (Document d : g.documents()) if (d.date() != null) dates.add(d.date());
        return new GraphCounts(perDoc, perType, perRel, max, dates.isEmpty() ? null : dates.first(),
                dates.isEmpty() ? null : dates.last());
    }
}
