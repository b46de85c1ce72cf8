package org.policygraph.io.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.policygraph.graph.KnowledgeGraph;

/**
 * Everything a .policygraph file holds: the graph (with its documents' clean text, so a project opens without
 * the originals), content hashes of the original files, node positions, the explorer's filters, saved views
 * and the user's corrections. Filters and corrections are free-form JSON objects (maps, lists, strings,
 * numbers, booleans) owned by the UI and curation; the file keeps them as they are.
 *
 * @param documentHashes document id → SHA-256 (hex) of the original file when it was read
 */
public record Project(KnowledgeGraph graph, Map<String, String> documentHashes, Map<String, NodePosition> positions,
                      Map<String, Object> filters, List<SavedView> views, List<Map<String, Object>> corrections) {
    public Project {
        Objects.requireNonNull(graph, "graph");
        documentHashes = frozen(documentHashes);
        positions = frozen(positions);
        filters = frozen(filters);
        views = List.copyOf(views == null ? List.of() : views);
        corrections = List.copyOf(corrections == null ? List.of() : corrections);
    }

    /** A new project around a graph, with nothing else yet. */
    public static Project of(KnowledgeGraph graph) {
        return new Project(graph, Map.of(), Map.of(), Map.of(), List.of(), List.of());
    }

    public Project withPositions(Map<String, NodePosition> p) {
        return new Project(graph, documentHashes, p, filters, views, corrections);
    }

    public Project withFilters(Map<String, Object> f) {
        return new Project(graph, documentHashes, positions, f, views, corrections);
    }

    public Project withViews(List<SavedView> v) {
        return new Project(graph, documentHashes, positions, filters, v, corrections);
    }

    public Project withCorrections(List<Map<String, Object>> c) {
        return new Project(graph, documentHashes, positions, filters, views, c);
    }

    public Project withDocumentHashes(Map<String, String> h) {
        return new Project(graph, h, positions, filters, views, corrections);
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m == null ? Map.of() : m));
    }
}
