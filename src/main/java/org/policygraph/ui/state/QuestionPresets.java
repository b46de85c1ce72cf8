package org.policygraph.ui.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.GraphAnalytics;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.model.Evidence;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

/**
 * Questions a policy student asks, each answered from the evidence over the filtered graph: a path from A to B,
 * who partners with X, which agencies appear with country Z, everything one document says. Pure; run off the FX
 * thread.
 */
public final class QuestionPresets {
    /** Sentences listed per finding; the rest are a click away in the details panel. */
    public static final int EVIDENCE_PER_ROW_DEFAULT = 3;

    private final KnowledgeGraph g;
    private final GraphFilter filter;
    private final Graph<Entity, Relation> view;
    private final Ontology ontology;

    public QuestionPresets(KnowledgeGraph g, ViewSettings settings, Ontology ontology) {
        this.g = g;
        this.filter = new GraphFilter(g, settings);
        this.view = filter.apply(g);
        this.ontology = ontology;
    }

    /** Fewest-hops path, each hop with the sentences that state it. */
    public Answer path(Entity a, Entity b) {
        String title = "Path from " + a.label() + " to " + b.label();
        Optional<GraphPath<Entity, Relation>> p = GraphAnalytics.shortestPath(view, a, b);
        if (p.isEmpty()) return Answer.nothing(title, "No connection between them in the current view.");
        List<Entity> vs = p.get().getVertexList();
        List<Relation> es = p.get().getEdgeList();
        List<Answer.Row> rows = new ArrayList<>();
        Set<String> rels = new LinkedHashSet<>();
        for (int i = 0; i < es.size(); i++) {
            Relation r = es.get(i);
            rels.add(r.id());
            rows.add(new Answer.Row((i + 1) + ". " + claim(r), vs.get(i + 1).id(), evidence(r)));
        }
        Set<String> ids = new LinkedHashSet<>();
        vs.forEach(v -> ids.add(v.id()));
        return new Answer(title + " (" + es.size() + (es.size() == 1 ? " step)" : " steps)"), rows, ids, rels);
    }

    /** Why an edge is there: every sentence behind it, document by document. */
    public Answer relation(Relation r) {
        List<Answer.Row> rows = new ArrayList<>();
        for (Evidence e : r.evidence()) {
            if (!filter.includesDocument(e.doc())) continue;
            rows.add(new Answer.Row(g.document(e.doc()).map(Document::title).orElse(e.doc()), null, List.of(item(r, e))));
        }
        int n = filter.sources(r);
        String title = claim(r) + " (" + n + (n == 1 ? " source)" : " sources)");
        if (rows.isEmpty()) return Answer.nothing(title, "Drawn by hand; no sentence states it.");
        return new Answer(title, rows, Set.of(g.source(r).id(), g.target(r).id()), Set.of(r.id()));
    }

    /** Partners of X: PARTNERS_WITH edges either way, strongest support first. */
    public Answer partners(Entity x) {
        return neighboursBy("Who partners with " + x.label(), x,
                r -> r.type().equals(RelationType.PARTNERS_WITH), other -> true);
    }

    /** Agencies linked to country Z by any relation, co-occurrence included (appearing together). */
    public Answer agenciesWithCountry(Entity z) {
        return neighboursBy("Agencies that appear with " + z.label(), z, r -> true,
                other -> other.type().equals(EntityType.AGENCY));
    }

    /** Every stated relation with evidence in one document, then what it only mentions together. */
    public Answer documentSays(String docId) {
        String title = "What " + g.document(docId).map(Document::title).orElse(docId) + " says";
        List<Answer.Row> stated = new ArrayList<>();
        List<Answer.Row> together = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> rels = new LinkedHashSet<>();
        for (Relation r : view.edgeSet()) {
            List<EvidenceItem> ev = new ArrayList<>();
            for (Evidence e : r.evidence()) if (e.doc().equals(docId)) ev.add(item(r, e));
            if (ev.isEmpty()) continue;
            ids.add(g.source(r).id());
            ids.add(g.target(r).id());
            rels.add(r.id());
            Answer.Row row = new Answer.Row(claim(r), g.target(r).id(), ev.subList(0, Math.min(ev.size(), EVIDENCE_PER_ROW_DEFAULT)));
            (RelationType.isCooccurrence(r.type()) ? together : stated).add(row);
        }
        stated.sort(Comparator.comparing(Answer.Row::text));
        together.sort(Comparator.comparing(Answer.Row::text));
        stated.addAll(together);
        if (stated.isEmpty()) return Answer.nothing(title, "No relations from this document in the current view.");
        return new Answer(title, stated, ids, rels);
    }

    private Answer neighboursBy(String title, Entity x, java.util.function.Predicate<Relation> edge,
            java.util.function.Predicate<Entity> other) {
        if (!view.containsVertex(x)) return Answer.nothing(title, x.label() + " is filtered out of the view.");
        List<Relation> found = new ArrayList<>();
        for (Relation r : view.edgesOf(x)) {
            Entity o = g.source(r).equals(x) ? g.target(r) : g.source(r);
            if (edge.test(r) && other.test(o)) found.add(r);
        }
        found.sort(Comparator.comparingInt((Relation r) -> -filter.sources(r))
                .thenComparing(r -> RelationType.isCooccurrence(r.type()) ? 1 : 0));
        List<Answer.Row> rows = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> rels = new LinkedHashSet<>();
        ids.add(x.id());
        for (Relation r : found) {
            Entity o = g.source(r).equals(x) ? g.target(r) : g.source(r);
            ids.add(o.id());
            rels.add(r.id());
            int n = filter.sources(r);
            rows.add(new Answer.Row(o.label() + " (" + ontology.relationStyle(r.type()).label() + ", " + n
                    + (n == 1 ? " source)" : " sources)"), o.id(), evidence(r)));
        }
        if (rows.isEmpty()) return Answer.nothing(title, "None found in the current view.");
        return new Answer(title, rows, ids, rels);
    }

    private String claim(Relation r) {
        return g.source(r).label() + " — " + ontology.relationStyle(r.type()).label() + " → " + g.target(r).label();
    }

    private List<EvidenceItem> evidence(Relation r) {
        List<EvidenceItem> out = new ArrayList<>();
        for (Evidence e : r.evidence()) {
            if (!filter.includesDocument(e.doc())) continue;
            out.add(item(r, e));
            if (out.size() == EVIDENCE_PER_ROW_DEFAULT) break;
        }
        return out;
    }

    private EvidenceItem item(Relation r, Evidence e) {
        return new EvidenceItem(claim(r), e.doc(), g.document(e.doc()).map(Document::title).orElse(e.doc()),
                e.start(), e.end(), e.text());
    }
}
