package org.policygraph.io;

/** The exporter for each format. */
public final class Exporters {
    private Exporters() {
    }

    public static GraphExporter forFormat(ExportFormat f) {
        return switch (f) {
            case JSON -> new JsonGraphExporter();
            case GRAPHML -> new GraphMlExporter();
            case GEXF -> new GexfExporter();
            case CSV -> new CsvExporter();
            case NEO4J -> new Neo4jExporter();
        };
    }
}
