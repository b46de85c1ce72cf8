package org.policygraph.model;

/**
 * Why an edge exists: the sentence [start, end) of a document that states it.
 *
 * @param date the document's date when known (lets the UI show the graph "as of" a period), else null
 */
public record Evidence(String doc, int start, int end, String text, String date) {
    public Evidence(String doc, int start, int end, String text) {
        this(doc, start, end, text, null);
    }
}
