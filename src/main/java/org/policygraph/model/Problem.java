package org.policygraph.model;

/** A user-facing problem with one input: which file (or correction) and a one-line reason. */
public record Problem(String source, String reason) {
    @Override public String toString() { return source + ": " + reason; }
}
