package org.policygraph.ui.state;

import java.util.List;
import java.util.Set;

/**
 * The answer to a question preset or a path search: a title, one line per finding with its evidence, and the
 * entities and edges to highlight in the graph.
 */
public record Answer(String title, List<Row> rows, Set<String> entityIds, Set<String> relationIds) {

    /** One finding: a readable line, the entity it is about (clickable) and the sentences that support it. */
    public record Row(String text, String entityId, List<EvidenceItem> evidence) {
    }

    public static Answer nothing(String title, String why) {
        return new Answer(title, List.of(new Row(why, null, List.of())), Set.of(), Set.of());
    }

    public boolean isEmpty() { return entityIds.isEmpty(); }
}
