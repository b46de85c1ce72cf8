package org.policygraph.extract;

import java.util.List;

import org.policygraph.model.Document;

/** What one document yields: its entities and relations. Immutable, so documents extract in parallel. */
public record DocumentExtraction(Document document, List<FoundEntity> entities, List<FoundRelation> relations) {
}
