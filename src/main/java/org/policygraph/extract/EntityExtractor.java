package org.policygraph.extract;

import org.policygraph.model.Document;

/** Turns a document's clean text into entities and relations. Implementations are thread-safe. */
public interface EntityExtractor {
    DocumentExtraction extract(Document document);
}
