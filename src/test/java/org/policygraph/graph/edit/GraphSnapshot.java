package org.policygraph.graph.edit;

import java.util.Comparator;
import java.util.stream.Collectors;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Everything observable about a graph as text, so a test can assert that undo put it back exactly: documents,
 * entities (label, type, aliases in order, mentions, note, and which entity each name finds) and edges (ends,
 * type, evidence, note, manual). Tests cannot use the io exporters (io sits above graph).
 */
public final class GraphSnapshot {
    private GraphSnapshot() {
    }

    public static String of(KnowledgeGraph g) {
        StringBuilder sb = new StringBuilder();
        g.documents().forEach(d -> sb.append("doc ").append(d.id()).append('\n'));
        g.entities().stream().sorted(Comparator.comparing(Entity::id)).forEach(e -> {
            sb.append("entity ").append(e.id()).append(" | ").append(e.label()).append(" | ").append(e.type())
                    .append(" | aliases ").append(e.aliases()).append(" | mentions ").append(e.mentions())
                    .append(" | note ").append(e.note()).append('\n');
            for (String n : e.names()) {
                sb.append("  find ").append(n).append(" -> ").append(g.find(n).map(Entity::id).orElse("-")).append('\n');
            }
        });
        g.relations().stream().sorted(Comparator.comparing(Relation::id)).forEach(r -> sb.append("edge ").append(r.id())
                .append(" | ").append(g.source(r).id()).append(" -> ").append(g.target(r).id()).append(" | ").append(r.type())
                .append(" | evidence ").append(r.evidence().stream().map(ev -> ev.doc() + "@" + ev.start()).collect(Collectors.toList()))
                .append(" | note ").append(r.note()).append(" | manual ").append(r.manual()).append('\n'));
        return sb.toString();
    }
}
