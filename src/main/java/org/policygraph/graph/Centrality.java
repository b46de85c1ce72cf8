package org.policygraph.graph;

/** The centrality measures the UI can size nodes by. */
public enum Centrality {
    DEGREE, BETWEENNESS, PAGERANK
}
