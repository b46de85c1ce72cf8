package org.policygraph.io.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named snapshot of the explorer for briefings.
 *
 * @param name             short name shown on the thumbnail strip
 * @param title            title shown when presenting
 * @param notes            speaker notes
 * @param visibleNodeIds   the nodes shown in this view
 * @param positions        node id → position, so nothing reshuffles in front of an audience
 * @param zoom             scale factor of the canvas
 * @param panX             canvas translation
 * @param panY             canvas translation
 * @param filters          the explorer's filter state (free-form; the UI defines its keys)
 * @param highlightedPath  ids of the nodes and edges of a highlighted path, in order
 * @param selectedId       the selected node or edge id, or null
 * @param revealSteps      step-by-step reveal: each step lists the node/edge ids that appear at that step
 */
public record SavedView(String name, String title, String notes, List<String> visibleNodeIds,
                        Map<String, NodePosition> positions, double zoom, double panX, double panY,
                        Map<String, Object> filters, List<String> highlightedPath, String selectedId,
                        List<List<String>> revealSteps) {
    public SavedView {
        name = name == null ? "" : name;
        title = title == null ? name : title;
        notes = notes == null ? "" : notes;
        visibleNodeIds = List.copyOf(visibleNodeIds == null ? List.of() : visibleNodeIds);
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions == null ? Map.of() : positions));
        zoom = zoom <= 0 ? 1 : zoom;
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters == null ? Map.of() : filters));
        highlightedPath = List.copyOf(highlightedPath == null ? List.of() : highlightedPath);
        List<List<String>> steps = new ArrayList<>();
        if (revealSteps != null) for (List<String> s : revealSteps) steps.add(List.copyOf(s == null ? List.of() : s));
        revealSteps = List.copyOf(steps);
    }

    /** A view with just a name and the nodes it shows. */
    public static SavedView of(String name, List<String> visibleNodeIds, Map<String, NodePosition> positions) {
        return new SavedView(name, name, "", visibleNodeIds, positions, 1, 0, 0, Map.of(), List.of(), null, List.of());
    }

    public SavedView withName(String newName) {
        return new SavedView(newName, title, notes, visibleNodeIds, positions, zoom, panX, panY, filters,
                highlightedPath, selectedId, revealSteps);
    }
}
