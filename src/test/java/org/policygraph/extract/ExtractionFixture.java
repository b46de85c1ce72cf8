package org.policygraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policygraph.model.Document;

/** Runs the default extractor on a text and answers questions about the result. */
final class ExtractionFixture {
    private static final RuleBasedExtractor EXTRACTOR = RuleBasedExtractor.createDefault();
    final DocumentExtraction x;
    private final Map<String, FoundEntity> byKey;

    ExtractionFixture(String text) {
        x = EXTRACTOR.extract(new Document("t.txt", "t", null, null, text));
        byKey = x.entities().stream().collect(Collectors.toMap(FoundEntity::key, Function.identity()));
    }

    Optional<FoundEntity> entity(String name) {
        return x.entities().stream()
                .filter(e -> e.label().equalsIgnoreCase(name) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name)))
                .findFirst();
    }

    String type(String name) {
        return entity(name).map(FoundEntity::type).orElse("(none)");
    }

    List<String> labels(String type) {
        return x.entities().stream().filter(e -> e.type().equals(type)).map(FoundEntity::label).toList();
    }

    /** Relation types found between the two names, in either direction ("A>B" order kept in the string). */
    List<String> relations(String a, String b) {
        FoundEntity ea = entity(a).orElseThrow(() -> new AssertionError("no entity " + a + " in " + all()));
        FoundEntity eb = entity(b).orElseThrow(() -> new AssertionError("no entity " + b + " in " + all()));
        return x.relations().stream()
                .filter(r -> (r.sourceKey().equals(ea.key()) && r.targetKey().equals(eb.key()))
                        || (r.sourceKey().equals(eb.key()) && r.targetKey().equals(ea.key())))
                .map(r -> (r.sourceKey().equals(ea.key()) ? "" : "<") + r.type())
                .distinct().toList();
    }

    String all() {
        return x.entities().stream().map(e -> e.type() + ":" + e.label()).toList().toString();
    }
}
