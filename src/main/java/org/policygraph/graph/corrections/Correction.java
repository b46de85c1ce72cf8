package org.policygraph.graph.corrections;

import java.util.List;

/**
 * One user correction, naming entities by label or alias so it still applies after re-extraction. The JSON form
 * is {"op": ..., fields...} with the fields in the order of each record's components (see {@link CorrectionsJson}),
 * which checks that every field but a note is present.
 */
public sealed interface Correction {

    /** The JSON "op" name. */
    String op();

    /** Entities {@code from} become aliases, mentions and edges of {@code into}. */
    record Merge(String into, List<String> from) implements Correction {
        public Merge {
            from = List.copyOf(from);
        }
        @Override public String op() { return "merge"; }
    }

    /** The entity gets a new label; the old one stays as an alias so it is still found. */
    record Rename(String entity, String to) implements Correction {
        @Override public String op() { return "rename"; }
    }

    record Retype(String entity, String type) implements Correction {
        @Override public String op() { return "retype"; }
    }

    record AddAlias(String entity, String alias) implements Correction {
        @Override public String op() { return "addAlias"; }
    }

    record RemoveAlias(String entity, String alias) implements Correction {
        @Override public String op() { return "removeAlias"; }
    }

    /** The alias becomes an entity of its own, taking the mentions written with that name. */
    record SplitAlias(String entity, String alias) implements Correction {
        @Override public String op() { return "splitAlias"; }
    }

    record Delete(String entity) implements Correction {
        @Override public String op() { return "delete"; }
    }

    record AddEntity(String label, String type, List<String> aliases) implements Correction {
        public AddEntity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
        @Override public String op() { return "addEntity"; }
    }

    /** A hand-drawn edge (manual, so it is never mistaken for extracted evidence); note may be null. */
    record AddRelation(String source, String target, String type, String note) implements Correction {
        @Override public String op() { return "addRelation"; }
    }

    record DeleteRelation(String source, String target, String type) implements Correction {
        @Override public String op() { return "deleteRelation"; }
    }

    record RetypeRelation(String source, String target, String type, String to) implements Correction {
        @Override public String op() { return "retypeRelation"; }
    }

    /** A free-text note on an entity; a null note clears it. */
    record EntityNote(String entity, String note) implements Correction {
        @Override public String op() { return "note"; }
    }

    /** A free-text note on an edge; same op as {@link EntityNote}, told apart by its source/target/type fields. */
    record RelationNote(String source, String target, String type, String note) implements Correction {
        @Override public String op() { return "note"; }
    }
}
