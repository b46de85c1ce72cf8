package org.policygraph.io.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUndirectedGraph;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.Centrality;
import org.policygraph.graph.GraphAnalytics;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

/**
 * What goes into a briefing, decided before anything is drawn: the most central entities, the overview's
 * entities, each focus entity's relations, neighbours and quotes, and the document index. Centrality is the
 * mean of normalised PageRank (edges undirected) and normalised degree; the focus pages rank on stated relations
 * only, so an entity that is merely mentioned next to everything (CO_OCCURS) does not get a page.
 */
final class BriefingPlan {
    static final int QUOTE_CHARS_MAX = 420;
    static final int QUOTE_WORDS_MIN = 8;

    /** One row of an entity's relation table. */
    record Row(String type, String relation, boolean outgoing, Entity other, int sources, boolean stated) {
    }

    /** An evidence sentence with its citation. */
    record Quote(String text, String title, String date) {
    }

    /** One line of the document index. */
    record DocRow(Document document, int entities) {
    }

    private final KnowledgeGraph kg;
    private final Ontology ontology;
    private final Map<Entity, Double> overallScore;
    private final List<Entity> focus;

    BriefingPlan(KnowledgeGraph kg, Ontology ontology, int focusCount) {
        this.kg = kg;
        this.ontology = ontology;
        this.overallScore = score(kg.graph());
        Graph<Entity, Relation> stated = GraphAnalytics.filtered(kg.graph(), v -> true,
                r -> !RelationType.isCooccurrence(r.type()));
        Map<Entity, Double> statedScore = score(stated);
        statedScore.keySet().removeIf(e -> stated.degreeOf(e) == 0);
        if (statedScore.isEmpty()) {
            statedScore = new HashMap<>(overallScore);
            statedScore.keySet().removeIf(e -> kg.graph().degreeOf(e) == 0);
        }
        if (statedScore.isEmpty()) statedScore = new HashMap<>(overallScore);
        this.focus = GraphAnalytics.top(statedScore, focusCount);
    }

    private static Map<Entity, Double> score(Graph<Entity, Relation> g) {
        if (g.vertexSet().isEmpty()) return new HashMap<>();
        Map<Entity, Double> pr = GraphAnalytics.normalised(
                GraphAnalytics.centrality(new AsUndirectedGraph<>(g), Centrality.PAGERANK));
        Map<Entity, Double> deg = GraphAnalytics.normalised(GraphAnalytics.centrality(g, Centrality.DEGREE));
        Map<Entity, Double> out = new HashMap<>();
        for (Entity e : g.vertexSet()) out.put(e, (pr.getOrDefault(e, 0.0) + deg.getOrDefault(e, 0.0)) / 2);
        return out;
    }

    boolean isEmpty() { return kg.entityCount() == 0; }

    List<Entity> focus() { return focus; }

    /** The overview's entities: all of them, or the {@code max} most central. */
    List<Entity> overview(int max) {
        return GraphAnalytics.top(overallScore, max);
    }

    /** 0..1 importance for sizing nodes and ordering labels. */
    double importance(Entity e) { return overallScore.getOrDefault(e, 0.0); }

    /** Entity counts by type, in ontology order, types with none left out. */
    Map<String, Integer> entityCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : ontology.typeNames()) counts.put(t, 0);
        for (Entity e : kg.entities()) counts.merge(e.type(), 1, Integer::sum);
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    /** Relation counts by type, stated types first (most frequent first), co-mentions last. */
    Map<String, Integer> relationCounts() {
        Map<String, Integer> raw = new HashMap<>();
        for (Relation r : kg.relations()) raw.merge(r.type(), 1, Integer::sum);
        Map<String, Integer> out = new LinkedHashMap<>();
        raw.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(x -> RelationType.isCooccurrence(x.getKey()))
                        .thenComparing(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(x -> out.put(x.getKey(), x.getValue()));
        return out;
    }

    /** The entity's relations: stated ones first, then by number of source documents. */
    List<Row> rows(Entity e) {
        List<Row> rows = new ArrayList<>();
        for (Relation r : kg.graph().edgesOf(e)) {
            boolean out = kg.source(r).equals(e);
            Entity other = out ? kg.target(r) : kg.source(r);
            boolean stated = !RelationType.isCooccurrence(r.type());
            rows.add(new Row(r.type(), ontology.relationStyle(r.type()).label(), out || !stated, other,
                    Math.max(1, r.documents().size()), stated));
        }
        // grouped by relation type, rare types first, so "led by" is not lost among twenty "participant" rows
        Map<String, Integer> perType = new HashMap<>();
        for (Row r : rows) perType.merge(r.type(), 1, Integer::sum);
        rows.sort(Comparator.comparing((Row r) -> !r.stated())
                .thenComparing(Comparator.comparingInt(Row::sources).reversed())
                .thenComparing(r -> perType.get(r.type()))
                .thenComparing(Row::type)
                .thenComparing(r -> r.other().label()));
        return rows;
    }

    /** The neighbours to draw around an entity: those with stated relations first, strongest first. */
    List<Entity> neighbours(Entity e, int max) {
        Set<Entity> seen = new LinkedHashSet<>();
        for (Row r : rows(e)) seen.add(r.other());
        return seen.stream().limit(max).toList();
    }

    int neighbourCount(Entity e) {
        Set<Entity> seen = new LinkedHashSet<>();
        for (Row r : rows(e)) seen.add(r.other());
        return seen.size();
    }

    /** The relations between the entities of a picture (both ends inside it). */
    List<Relation> relationsAmong(java.util.Collection<Entity> entities) {
        Set<Entity> in = new java.util.HashSet<>(entities);
        List<Relation> out = new ArrayList<>();
        for (Relation r : kg.relations()) {
            if (in.contains(kg.source(r)) && in.contains(kg.target(r))) out.add(r);
        }
        return out;
    }

    /**
     * Up to {@code max} distinct evidence sentences behind the entity's relations, stated relations first and one
     * per document before a document gets a second quote.
     */
    List<Quote> quotes(Entity e, int max) {
        List<Relation> edges = new ArrayList<>(kg.graph().edgesOf(e));
        edges.sort(Comparator.comparing((Relation r) -> RelationType.isCooccurrence(r.type()))
                .thenComparing(Comparator.comparingInt((Relation r) -> r.documents().size()).reversed())
                .thenComparing(Relation::id));
        List<Evidence> candidates = new ArrayList<>();
        Set<String> sentences = new LinkedHashSet<>();
        for (Relation r : edges) {
            for (Evidence ev : r.evidence()) {
                if (ev.text() != null && !ev.text().isBlank() && sentences.add(ev.text().strip())) candidates.add(ev);
            }
        }
        // whole sentences read better than headings or fragments: those of eight words or more go first
        candidates.sort(Comparator.comparing((Evidence ev) -> ev.text().strip().split("\\s+").length < QUOTE_WORDS_MIN));
        List<Evidence> chosen = new ArrayList<>();
        Set<String> docs = new LinkedHashSet<>();
        for (Evidence ev : candidates) {
            if (chosen.size() < max && docs.add(ev.doc())) chosen.add(ev);
        }
        for (Evidence ev : candidates) {
            if (chosen.size() < max && !chosen.contains(ev)) chosen.add(ev);
        }
        List<Quote> out = new ArrayList<>();
        for (Evidence ev : chosen) {
            Document d = kg.document(ev.doc()).orElse(null);
            String title = d != null ? d.title() : ev.doc();
            String date = ev.date() != null ? ev.date() : d != null ? d.date() : null;
            out.add(new Quote(shorten(ev.text()), title, date));
        }
        return out;
    }

    static String shorten(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (s.length() <= QUOTE_CHARS_MAX) return s;
        int cut = s.lastIndexOf(' ', QUOTE_CHARS_MAX);
        return s.substring(0, cut > QUOTE_CHARS_MAX / 2 ? cut : QUOTE_CHARS_MAX) + " \u2026";
    }

    /** Documents alphabetically by title, each with the number of entities it mentions. */
    List<DocRow> documents() {
        Map<String, Set<Entity>> perDoc = new HashMap<>();
        for (Entity e : kg.entities()) {
            for (Mention m : e.mentions()) perDoc.computeIfAbsent(m.doc(), k -> new LinkedHashSet<>()).add(e);
        }
        return kg.documents().stream()
                .map(d -> new DocRow(d, perDoc.getOrDefault(d.id(), Set.of()).size()))
                .sorted(Comparator.comparing((DocRow r) -> r.document().title().toLowerCase())
                        .thenComparing(r -> r.document().id()))
                .toList();
    }

    /** "2019-03-01 to 2024-11-30" or null when no document states a date. */
    String dateRange() {
        List<String> dates = kg.documents().stream().map(Document::date).filter(d -> d != null && !d.isBlank())
                .sorted().toList();
        if (dates.isEmpty()) return null;
        String a = dates.get(0), b = dates.get(dates.size() - 1);
        return a.equals(b) ? a : a + " to " + b;
    }

    int mentionCount(Entity e) { return e.mentions().size(); }
}
