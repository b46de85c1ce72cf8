package org.policygraph.ui.brief;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.policygraph.io.project.NodePosition;
import org.policygraph.io.project.SavedView;

/** Copies of a {@link SavedView} with some fields changed: the one place that lists every field. */
public final class Views {
    private Views() {
    }

    /** Mutable fields for {@link #copy}. */
    public static final class Fields {
        public String name, title, notes, selectedId;
        public List<String> visibleNodeIds, highlightedPath;
        public Map<String, NodePosition> positions;
        public double zoom, panX, panY;
        public Map<String, Object> filters;
        public List<List<String>> revealSteps;

        Fields(SavedView v) {
            name = v.name();
            title = v.title();
            notes = v.notes();
            visibleNodeIds = v.visibleNodeIds();
            positions = v.positions();
            zoom = v.zoom();
            panX = v.panX();
            panY = v.panY();
            filters = v.filters();
            highlightedPath = v.highlightedPath();
            selectedId = v.selectedId();
            revealSteps = v.revealSteps();
        }
    }

    public static SavedView copy(SavedView v, Consumer<Fields> change) {
        Fields f = new Fields(v);
        change.accept(f);
        return new SavedView(f.name, f.title, f.notes, f.visibleNodeIds, f.positions, f.zoom, f.panX, f.panY, f.filters,
                f.highlightedPath, f.selectedId, f.revealSteps);
    }

    public static SavedView named(SavedView v, String name) {
        return copy(v, f -> {
            if (f.title == null || f.title.isBlank() || f.title.equals(f.name)) f.title = name;
            f.name = name;
        });
    }
}
