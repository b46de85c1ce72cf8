package org.policygraph.io;

import java.util.Comparator;
import java.util.List;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * The flat per-node and per-edge attributes every tabular or XML export carries, computed in one place so
 * GraphML, GEXF, CSV and Neo4j agree, and the edge order every export uses (edge ids in numeric order).
 */
final class GraphFacts {
    /** Joins lists inside one attribute (aliases, documents); chosen because names rarely contain it. */
    static final String LIST_SEPARATOR = " | ";

    private GraphFacts() {
    }

    static List<Relation> edgesInOrder(KnowledgeGraph g) {
        return g.relations().stream().sorted(Comparator.comparing(Relation::id, GraphFacts::byNumber)).toList();
    }

    /** "e2" before "e10": ids of our graphs are "e" + counter; others fall back to text order. */
    static int byNumber(String a, String b) {
        if (a.length() != b.length()) return Integer.compare(a.length(), b.length());
        return a.compareTo(b);
    }

    static String aliases(Entity e, String separator) {
        return String.join(separator, e.aliases());
    }

    static String documents(Entity e, String separator) {
        return String.join(separator, e.documents());
    }

    static String documents(Relation r, String separator) {
        return String.join(separator, r.documents());
    }

    /** The first sentence behind an edge, or "" for an edge drawn by hand. */
    static String firstEvidence(Relation r) {
        return r.evidence().isEmpty() ? "" : r.evidence().get(0).text();
    }

    /** A weight as Java writes a double ("2.0"), so every reader sees a floating-point column. */
    static String number(double d) {
        return Double.toString(d);
    }
}
