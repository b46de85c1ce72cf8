package org.policygraph.graph.corrections;

import java.util.List;
import java.util.Objects;

/** A known entity the user taught the extractor: its name, type and the other names it goes by. */
public record GazetteerEntry(String name, String type, List<String> aliases) {
    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
