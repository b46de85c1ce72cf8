package org.policygraph.io;

import java.util.Locale;

/** The graph export formats of the CLI and the UI. */
public enum ExportFormat {
    JSON("json"), GRAPHML("graphml"), GEXF("gexf"),
    /** nodes.csv + edges.csv in a folder (or both to one stream, separated by a blank line). */
    CSV("csv"),
    /** neo4j-admin CSVs + import.cypher in a folder, or one self-contained Cypher script to a stream. */
    NEO4J("cypher");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() { return extension; }

    /** Formats whose file export is a folder rather than one file. */
    public boolean writesFolder() { return this == CSV || this == NEO4J; }

    public static ExportFormat parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
