package org.policygraph.io;

/** The exporter for each format. */
public final class Exporters {
    private Exporters() {
    }

    public static GraphExporter forFormat(ExportFormat f) {
        return switch (f) {
            case JSON -> new JsonGraphExporter();
            default -> throw new UnsupportedOperationException(f + " export is not built yet");
        };
    }
}
