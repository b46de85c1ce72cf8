package org.policygraph.extract;

import java.util.List;

import org.policygraph.model.Document;

/** PLACEHOLDER: gazetteer + rules extractor, being written. */
public final class RuleBasedExtractor implements EntityExtractor {
    public static RuleBasedExtractor createDefault() {
        return new RuleBasedExtractor();
    }

    @Override
    public DocumentExtraction extract(Document document) {
        return new DocumentExtraction(document, List.of(), List.of());
    }
}
