package org.policygraph.graph.edit;

import java.util.List;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;

/** Adds an entity the extractor missed; redo puts back the same entity object (later edits may refer to it). */
public final class AddEntity implements EditCommand {
    private final KnowledgeGraph g;
    private final String label;
    private final String type;
    private final List<String> aliases;
    private Entity created;

    public AddEntity(KnowledgeGraph g, String label, String type, List<String> aliases) {
        this.g = g;
        this.label = Checks.name(label, "name");
        this.type = Checks.name(type, "type");
        this.aliases = aliases.stream().map(a -> Checks.name(a, "alias")).toList();
        for (String n : names()) {
            g.find(n).ifPresent(e -> {
                throw new IllegalArgumentException(n + " already names " + e.label());
            });
        }
    }

    private List<String> names() {
        List<String> all = new java.util.ArrayList<>(aliases);
        all.add(0, label);
        return all;
    }

    @Override
    public void execute() {
        if (created != null) {
            g.restoreEntity(created);
            return;
        }
        created = g.addEntity(label, type);
        for (String a : aliases) g.addAlias(created, a);
    }

    @Override
    public void undo() {
        g.removeEntity(created);
    }

    /** The new entity (after the first execute), e.g. to select it. */
    public Entity created() { return created; }

    @Override public String description() { return "Add " + label; }
    @Override public List<Correction> corrections() { return List.of(new Correction.AddEntity(label, type, aliases)); }
}
