package org.policygraph.ui;

import javafx.util.StringConverter;

import org.policygraph.graph.Centrality;
import org.policygraph.layout.LayoutKind;

/** Readable names of the layout and centrality choices. */
final class Labels {
    private Labels() {
    }

    static String layout(LayoutKind k) {
        return switch (k) {
            case FORCE -> "Force layout";
            case CIRCULAR -> "Circular layout";
            case BY_TYPE -> "Layout by type";
        };
    }

    static String centrality(Centrality c) {
        return switch (c) {
            case DEGREE -> "Size: degree";
            case BETWEENNESS -> "Size: betweenness";
            case PAGERANK -> "Size: PageRank";
        };
    }

    static StringConverter<LayoutKind> layouts() {
        return converter(Labels::layout);
    }

    static StringConverter<Centrality> centralities() {
        return converter(Labels::centrality);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }
}
