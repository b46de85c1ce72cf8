package org.policygraph.extract;

/** A sentence of a document: [start, end) offsets into the document text, and its index in the document. */
public record Sentence(int index, int start, int end, String text) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
