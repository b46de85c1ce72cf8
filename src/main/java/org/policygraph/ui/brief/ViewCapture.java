package org.policygraph.ui.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.io.project.NodePosition;
import org.policygraph.io.project.SavedView;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.ui.state.Answer;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.view.GraphView;

/**
 * Saved views to and from the explorer: capture takes what the graph view shows now (nodes, their on-screen
 * positions including drags, zoom and pan, filters, highlighted path, selection); apply puts a view back
 * exactly, at a reveal stage, without running a layout.
 */
public final class ViewCapture {
    private final ExplorerViewModel vm;
    private final GraphView view;

    public ViewCapture(ExplorerViewModel vm, GraphView view) {
        this.vm = vm;
        this.view = view;
    }

    public SavedView capture(String name) {
        Map<String, Point> now = view.currentPositions();
        List<String> ids = new ArrayList<>();
        Map<String, NodePosition> positions = new LinkedHashMap<>();
        for (Entity e : vm.visible().entities()) {
            Point p = now.getOrDefault(e.id(), vm.visible().positions().get(e.id()));
            if (p == null) continue;
            ids.add(e.id());
            positions.put(e.id(), new NodePosition(p.x(), p.y()));
        }
        Answer a = vm.answer();
        List<String> path = new ArrayList<>();
        if (a != null) {
            path.addAll(a.entityIds());
            path.addAll(a.relationIds());
        }
        double[] t = view.currentTransform();
        return new SavedView(name, name, "", ids, positions, t[0], t[1], t[2], ViewFilters.toMap(vm.settings()), path,
                vm.selectedId(), List.of());
    }

    /** The same view with what the explorer shows now; name, title, notes and steps are kept. */
    public SavedView update(SavedView old) {
        SavedView fresh = capture(old.name());
        return Views.copy(fresh, f -> {
            f.title = old.title();
            f.notes = old.notes();
            f.revealSteps = old.revealSteps().stream()
                    .map(s -> s.stream().filter(fresh.positions()::containsKey).toList())
                    .filter(s -> !s.isEmpty()).toList();
        });
    }

    /** Shows the view at a reveal stage (1-based): same nodes, positions, zoom, pan, filters, path and selection. */
    public void apply(SavedView v, int stage) {
        apply(v, stage, v.zoom(), v.panX(), v.panY());
    }

    /** As {@link #apply(SavedView, int)} with another zoom and pan (presenter mode fits the whole view to its screen). */
    public void apply(SavedView v, int stage, double zoom, double panX, double panY) {
        view.keepTransformForNextDrawing(zoom, panX, panY);
        vm.showPicture(ViewFilters.fromMap(v.filters()), ViewPictures.of(vm.graph(), v, stage));
        vm.highlight(highlight(v));
        if (v.selectedId() != null && vm.visible().contains(v.selectedId())) vm.select(v.selectedId());
        else vm.clearSelection();
    }

    /** The saved path as an answer to highlight: node ids and relation ids are told apart by the graph. */
    private Answer highlight(SavedView v) {
        if (v.highlightedPath().isEmpty()) return null;
        java.util.Set<String> nodes = new java.util.LinkedHashSet<>();
        java.util.Set<String> edges = new java.util.LinkedHashSet<>();
        for (String id : v.highlightedPath()) {
            if (vm.graph().entity(id).isPresent()) nodes.add(id); else edges.add(id);
        }
        return new Answer(v.title(), List.of(), nodes, edges);
    }
}
