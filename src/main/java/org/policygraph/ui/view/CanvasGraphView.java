package org.policygraph.ui.view;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;
import org.policygraph.ui.canvas.GraphCanvas;
import org.policygraph.ui.canvas.GraphScene;
import org.policygraph.ui.canvas.SceneEdge;
import org.policygraph.ui.state.Answer;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.state.VisibleGraph;

/**
 * Big views on the fast canvas painter: the same visible graph, selection and answer as the SmartGraph view,
 * drawn by {@link GraphCanvas}. Click selects, Ctrl+click finds a path, double-click expands, drags pin.
 */
public final class CanvasGraphView extends StackPane {
    private final ExplorerViewModel vm;
    private final GraphCanvas canvas = new GraphCanvas();
    private VisibleGraph shown = VisibleGraph.empty();
    private GraphScene base;
    private boolean updatingSelection;

    public CanvasGraphView(ExplorerViewModel vm) {
        this.vm = vm;
        setId("graph-canvas");
        getChildren().add(canvas);
        canvas.selectionProperty().addListener((o, a, e) -> {
            if (!updatingSelection && e != null) vm.select(e.id());
        });
        canvas.setOnOpen(e -> vm.toggleExpand(e.id()));
        canvas.setOnNodeMoved((e, p) -> vm.moved(e.id(), p));
        // Ctrl+click asks for a path before the canvas treats the click as a selection
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, ev -> {
            if (ev.getButton() != MouseButton.PRIMARY || !(ev.isControlDown() || ev.isShortcutDown())) return;
            canvas.entityAt(ev.getX(), ev.getY()).ifPresent(e -> {
                vm.pathTo(e.id());
                ev.consume();
            });
        });
    }

    public GraphCanvas canvas() { return canvas; }

    public int drawnVertexCount() { return base == null ? 0 : base.entities().size(); }

    public int drawnEdgeCount() { return base == null ? 0 : base.edges().size(); }

    public void show(VisibleGraph v) {
        shown = v;
        Map<Entity, Point> positions = new HashMap<>();
        Map<Entity, Double> sizes = new HashMap<>();
        Map<Entity, Integer> communities = new HashMap<>();
        for (Entity e : v.entities()) {
            Point p = v.positions().get(e.id());
            if (p != null) positions.put(e, p);
            sizes.put(e, v.sizes().getOrDefault(e.id(), 0.0));
            Integer c = v.communities().get(e.id());
            if (c != null) communities.put(e, c);
        }
        List<SceneEdge> edges = v.edges().stream().map(e -> new SceneEdge(e.relation(), e.source(), e.target())).toList();
        base = GraphScene.builder(positions).entities(v.entities()).edges(edges).sizes(sizes)
                .communities(communities).legend(true).build();
        restyle();
        canvas.fitToView();
    }

    /** Selection and the current answer as the canvas' selected, highlighted and dimmed sets. */
    public void restyle() {
        if (base == null) return;
        Entity selected = vm.selectedEntity().filter(e -> shown.contains(e.id())).orElse(null);
        Answer a = vm.answer();
        Set<Entity> highlighted = new HashSet<>();
        Set<Relation> highlightedEdges = new HashSet<>();
        Set<Entity> dimmed = new HashSet<>();
        if (a != null && !a.isEmpty()) {
            for (Entity e : shown.entities()) {
                if (a.entityIds().contains(e.id())) highlighted.add(e); else dimmed.add(e);
            }
            for (VisibleGraph.Edge e : shown.edges()) {
                if (a.relationIds().contains(e.relation().id())) highlightedEdges.add(e.relation());
            }
        }
        updatingSelection = true;
        try {
            canvas.setGraphScene(base.toBuilder().selected(selected).highlighted(highlighted)
                    .highlightedEdges(highlightedEdges).dimmed(dimmed).build());
            canvas.select(selected);
        } finally {
            updatingSelection = false;
        }
    }
}
