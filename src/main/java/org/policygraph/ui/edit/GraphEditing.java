package org.policygraph.ui.edit;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartStylableNode;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.policygraph.model.Relation;
import org.policygraph.ui.view.GraphView;

/**
 * Curation on the drawn graph, added from outside the graph view: Shift+click marks nodes for a bulk edit (shown
 * with the "marked" style class), a click on a link makes it the link the edge actions use, and right-click opens
 * the entity or link context menu.
 */
public final class GraphEditing {
    static final String VERTEX_ID_PREFIX = "vertex-";
    static final String MARKED = "marked";

    private final GraphView view;
    private final EditViewModel vm;
    private final ContextMenu entityMenu;
    private final ContextMenu relationMenu;
    private final Set<String> styled = new HashSet<>();

    private GraphEditing(GraphView view, EditViewModel vm, EditActions actions) {
        this.view = view;
        this.vm = vm;
        this.entityMenu = actions.entityMenu();
        this.entityMenu.setId("entity-menu");
        this.relationMenu = actions.relationMenu();
        this.relationMenu.setId("relation-menu");
    }

    public static GraphEditing install(GraphView view, EditViewModel vm, EditActions actions) {
        GraphEditing g = new GraphEditing(view, vm, actions);
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, g::clicked);
        // a click on the picture takes the keys from the search field, so Delete and F2 act on the graph
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> view.requestFocus());
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, g::contextMenu);
        vm.marked().addListener((ListChangeListener<String>) c -> g.restyle());
        // the view rebuilds its nodes on a later pulse after each new picture: style them after that
        vm.explorer().visibleProperty().addListener((o, a, b) -> Platform.runLater(() -> Platform.runLater(g::restyle)));
        return g;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        Node target = e.getPickResult().getIntersectedNode();
        Optional<String> vertex = vertexAt(target, e.getSceneX(), e.getSceneY());
        if (vertex.isPresent() && e.isShiftDown()) {
            vm.toggleMark(vertex.get());
            e.consume();
            return;
        }
        if (!view.isCanvasMode()) relationId(target).ifPresent(vm::setRelation);
    }

    private void contextMenu(ContextMenuEvent e) {
        Node target = e.getPickResult().getIntersectedNode();
        entityMenu.hide();
        relationMenu.hide();
        Optional<String> vertex = vertexAt(target, e.getSceneX(), e.getSceneY());
        if (vertex.isPresent()) {
            String id = vertex.get();
            if (!id.equals(vm.explorer().selectedId()) && !vm.marked().contains(id)) vm.explorer().select(id);
            entityMenu.show(view, e.getScreenX(), e.getScreenY());
            e.consume();
            return;
        }
        Optional<String> rel = relationId(target);
        if (rel.isPresent()) {
            vm.setRelation(rel.get());
            relationMenu.show(view, e.getScreenX(), e.getScreenY());
            e.consume();
        }
    }

    /** The entity under the pointer: a SmartGraph node, or a hit on the big-graph canvas. */
    private Optional<String> vertexAt(Node target, double sceneX, double sceneY) {
        if (!view.isCanvasMode()) return vertexId(target);
        var canvas = view.canvasView().canvas();
        javafx.geometry.Point2D p = canvas.sceneToLocal(sceneX, sceneY);
        return canvas.entityAt(p.getX(), p.getY()).map(org.policygraph.model.Entity::id);
    }

    /** The entity whose drawn node holds this node (SmartGraph nests shapes and labels). */
    private Optional<String> vertexId(Node n) {
        for (Node x = n; x != null && x != view; x = x.getParent()) {
            String id = x.getId();
            if (id != null && id.startsWith(VERTEX_ID_PREFIX)) return Optional.of(id.substring(VERTEX_ID_PREFIX.length()));
        }
        return Optional.empty();
    }

    private Optional<String> relationId(Node n) {
        for (Node x = n; x != null && x != view; x = x.getParent()) {
            for (Relation r : vm.graph().relations()) {
                if (view.edgeNode(r.id()) == x) return Optional.of(r.id());
            }
        }
        return Optional.empty();
    }

    /** Puts the "marked" class on exactly the marked nodes that are drawn (on their shapes, as SmartGraph wants). */
    void restyle() {
        for (String id : styled) {
            if (view.vertexNode(id) instanceof SmartStylableNode n) n.removeStyleClass(MARKED);
        }
        styled.clear();
        for (String id : vm.marked()) {
            Node n = view.vertexNode(id);
            if (!(n instanceof SmartStylableNode s)) continue;
            useStylesheetIn(n);
            s.removeStyleClass(MARKED);
            s.addStyleClass(MARKED);
            styled.add(id);
        }
    }

    /** SmartGraph's panel carries its own stylesheets, which outrank the scene's: the marked style goes beside them. */
    private static void useStylesheetIn(Node vertex) {
        for (Node x = vertex; x != null; x = x.getParent()) {
            if (x instanceof SmartGraphPanel<?, ?> panel) {
                if (!panel.getStylesheets().contains(Curation.STYLESHEET)) panel.getStylesheets().add(Curation.STYLESHEET);
                return;
            }
        }
    }
}
