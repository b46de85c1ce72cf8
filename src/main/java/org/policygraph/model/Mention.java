package org.policygraph.model;

/** Where an entity is named: document id and character offsets [start, end) into its clean text. */
public record Mention(String doc, int start, int end, String text) {
    public Mention {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
