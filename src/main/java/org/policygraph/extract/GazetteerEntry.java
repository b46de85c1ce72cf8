package org.policygraph.extract;

import java.util.List;

/**
 * A known entity: canonical name, type, aliases, optional parent body, and (for countries) demonyms
 * ("Mexican" means Mexico).
 */
public record GazetteerEntry(String name, String type, List<String> aliases, String parent, List<String> demonyms) {
    public GazetteerEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
    }
}
