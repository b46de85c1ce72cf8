package org.policygraph.io;

import java.util.Locale;

/** The graph export formats of the CLI and the UI. */
public enum ExportFormat {
    JSON("json"), GRAPHML("graphml"), GEXF("gexf"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() { return extension; }

    public static ExportFormat parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
