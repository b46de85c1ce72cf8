package org.policygraph.ui.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Mention;

/**
 * A document cut into runs for the viewer: plain text, mentions (entity, type colour) and the evidence sentence
 * to scroll to. Runs cover the text exactly, in order, with no overlaps.
 */
public record DocumentText(String docId, String title, List<Run> runs, int focusRun) {

    /** A stretch of text; {@code entityId} is set for a mention, {@code inFocus} inside the sentence opened. */
    public record Run(String text, String entityId, String entityType, String color, boolean inFocus) {
    }

    /** Cuts the document; {@code [focusStart, focusEnd)} is the sentence to show (may be empty). */
    public static DocumentText of(KnowledgeGraph g, Document d, int focusStart, int focusEnd, Ontology ontology) {
        record Span(int start, int end, Entity e) {
        }
        List<Span> spans = new ArrayList<>();
        for (Entity e : g.entities()) {
            for (Mention m : e.mentions()) {
                if (m.doc().equals(d.id()) && m.end() <= d.text().length() && m.end() > m.start()) {
                    spans.add(new Span(m.start(), m.end(), e));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -(s.end() - s.start())));
        List<int[]> cuts = new ArrayList<>();
        List<Entity> owners = new ArrayList<>();
        int last = 0;
        for (Span s : spans) {
            if (s.start() < last) continue; // overlapping mention: the longer one, seen first, wins
            cuts.add(new int[] {s.start(), s.end()});
            owners.add(s.e());
            last = s.end();
        }
        List<Run> runs = new ArrayList<>();
        int focusRun = -1;
        int pos = 0;
        String text = d.text();
        for (int i = 0; i <= cuts.size(); i++) {
            int start = i < cuts.size() ? cuts.get(i)[0] : text.length();
            focusRun = addPlain(runs, text, pos, start, focusStart, focusEnd, focusRun);
            if (i == cuts.size()) break;
            int end = cuts.get(i)[1];
            Entity e = owners.get(i);
            boolean in = start < focusEnd && end > focusStart;
            if (in && focusRun < 0) focusRun = runs.size();
            runs.add(new Run(text.substring(start, end), e.id(), e.type(), ontology.color(e.type()), in));
            pos = end;
        }
        return new DocumentText(d.id(), d.title(), runs, focusRun);
    }

    /** Adds plain text, split where the focus sentence starts and ends. */
    private static int addPlain(List<Run> runs, String text, int from, int to, int fs, int fe, int focusRun) {
        int[] bounds = {from, Math.max(from, Math.min(to, fs)), Math.max(from, Math.min(to, fe)), to};
        for (int k = 0; k < 3; k++) {
            int a = Math.max(bounds[k], from), b = Math.min(bounds[k + 1], to);
            if (b <= a) continue;
            boolean in = a < fe && b > fs;
            if (in && focusRun < 0) focusRun = runs.size();
            runs.add(new Run(text.substring(a, b), null, null, null, in));
        }
        return focusRun;
    }

    public long mentionCount() { return runs.stream().filter(r -> r.entityId() != null).count(); }
}
