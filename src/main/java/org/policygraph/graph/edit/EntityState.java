package org.policygraph.graph.edit;

import java.util.List;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Mention;

/** Everything editable about an entity, copied, so undo can put it back exactly (alias order included). */
record EntityState(String label, String type, List<String> aliases, List<Mention> mentions, String note) {
    static EntityState of(Entity e) {
        return new EntityState(e.label(), e.type(), List.copyOf(e.aliases()), List.copyOf(e.mentions()), e.note());
    }

    void restore(KnowledgeGraph g, Entity e) {
        g.batch(() -> {
            g.setNames(e, label, aliases);
            if (!e.type().equals(type)) g.retype(e, type);
            if (!e.mentions().equals(mentions)) g.setMentions(e, mentions);
            if (!java.util.Objects.equals(e.note(), note)) g.setNote(e, note);
        });
    }
}
