package org.policygraph.ui.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.model.Evidence;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

/** Gathers the details of one entity: names, documents, neighbours by relation and the evidence sentences. */
public final class DetailsBuilder {
    /** More sentences than this make the panel unreadable; the total is still reported. */
    public static final int EVIDENCE_LIMIT_DEFAULT = 60;

    private final Ontology ontology;

    public DetailsBuilder(Ontology ontology) {
        this.ontology = ontology;
    }

    public Details build(KnowledgeGraph g, Entity e) {
        EntityType type = ontology.entityType(e.type());
        List<String> docs = new ArrayList<>();
        for (String d : e.documents()) docs.add(g.document(d).map(Document::title).orElse(d));
        Map<String, List<Details.Link>> neighbours = new TreeMap<>(Comparator.comparing(DetailsBuilder::order));
        List<EvidenceItem> stated = new ArrayList<>();
        List<EvidenceItem> cooccur = new ArrayList<>();
        for (Relation r : g.graph().edgesOf(e)) {
            boolean outgoing = g.source(r).equals(e);
            Entity other = outgoing ? g.target(r) : g.source(r);
            String rel = ontology.relationStyle(r.type()).label();
            String key = RelationType.isCooccurrence(r.type()) ? rel : (outgoing ? rel + " →" : "← " + rel);
            neighbours.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Details.Link(other.id(), other.label(), r.documents().size()));
            String claim = (outgoing ? e.label() : other.label()) + " — " + rel + " → "
                    + (outgoing ? other.label() : e.label());
            for (Evidence ev : r.evidence()) {
                EvidenceItem item = new EvidenceItem(claim, ev.doc(),
                        g.document(ev.doc()).map(Document::title).orElse(ev.doc()), ev.start(), ev.end(), ev.text());
                (RelationType.isCooccurrence(r.type()) ? cooccur : stated).add(item);
            }
        }
        neighbours.values().forEach(l -> l.sort(Comparator.comparing(Details.Link::label, String.CASE_INSENSITIVE_ORDER)));
        List<EvidenceItem> all = new ArrayList<>(stated);
        all.addAll(cooccur);
        int total = all.size();
        if (all.isEmpty()) all.addAll(mentionsAsEvidence(g, e));
        List<EvidenceItem> shown = all.size() > EVIDENCE_LIMIT_DEFAULT ? all.subList(0, EVIDENCE_LIMIT_DEFAULT) : all;
        return new Details(e.id(), e.label(), type.label(), type.color(), List.copyOf(e.aliases()), docs, neighbours,
                List.copyOf(shown), Math.max(total, shown.size()));
    }

    /** An entity with no edges still has mentions: show the sentence around each (first few). */
    private static List<EvidenceItem> mentionsAsEvidence(KnowledgeGraph g, Entity e) {
        List<EvidenceItem> out = new ArrayList<>();
        e.mentions().stream().limit(10).forEach(m -> g.document(m.doc()).ifPresent(d -> {
            int[] span = sentenceAround(d.text(), m.start(), m.end());
            out.add(new EvidenceItem("mentions " + e.label(), d.id(), d.title(), span[0], span[1],
                    d.text().substring(span[0], span[1]).strip()));
        }));
        return out;
    }

    static int[] sentenceAround(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        while (s > 0 && ".!?\n".indexOf(text.charAt(s - 1)) < 0) s--;
        int t = Math.max(s, Math.min(end, text.length()));
        while (t < text.length() && ".!?\n".indexOf(text.charAt(t)) < 0) t++;
        if (t < text.length()) t++;
        return new int[] {s, t};
    }

    private static String order(String key) {
        // stated relations first, co-occurrence last, both alphabetical
        String bare = key.replace("← ", "").replace(" →", "");
        return (bare.equals("mentioned with") ? "~" : "") + bare + key;
    }
}
