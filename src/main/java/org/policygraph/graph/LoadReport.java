package org.policygraph.graph;

import java.util.List;

import org.policygraph.model.Document;
import org.policygraph.model.Problem;

/** Outcome of loading files: the documents added and the files that failed, each with its reason. */
public record LoadReport(List<Document> documents, List<Problem> problems, boolean cancelled) {
    public boolean hasProblems() { return !problems.isEmpty(); }
}
