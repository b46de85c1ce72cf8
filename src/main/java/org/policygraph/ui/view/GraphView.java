package org.policygraph.ui.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphProperties;
import com.brunomnsilva.smartgraph.graphview.SmartPlacementStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartStylableNode;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;
import org.policygraph.ui.canvas.Viewport;
import org.policygraph.ui.state.Answer;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.state.VisibleGraph;

/**
 * The graph in the centre: SmartGraph draws the visible graph, placed from our layout with its live layout off;
 * clicks select, Ctrl+click finds a path, double-click expands or folds, drags pin. A legend explains the colours.
 */
public final class GraphView extends StackPane {
    /** Views up to this size label every vertex; bigger ones label about half this many. */
    public static final int LABEL_ALL_DEFAULT = 60;
    /** SmartGraph draws views up to this size; bigger ones go to the canvas painter. */
    public static final int SMARTGRAPH_LIMIT_DEFAULT = 250;
    /** Labels grow at most this much against zooming out, so they never cover the whole picture. */
    public static final double LABEL_MAX_BOOST_DEFAULT = 2.5;
    /** SmartGraph's live layout compares every pair of vertices each frame: only for views this small. */
    public static final int LIVE_LAYOUT_LIMIT_DEFAULT = 60;
    private final ExplorerViewModel vm;
    private final Theme theme;
    private final ZoomPane zoom = new ZoomPane();
    private final CanvasGraphView canvasView;
    private boolean canvasMode;
    private final Label empty = new Label("Open documents to begin: File ▸ Open, or drop files and folders here.");
    private final Legend legend;
    private SmartGraphPanel<GraphNode, GraphLink> panel;
    private SmartGraphAdapter.Projection projection;
    private final Map<String, Node> vertexNodes = new HashMap<>();
    /** SmartGraph styles a vertex through its inner shape: classes go through this handle, not the group. */
    private final Map<String, SmartStylableNode> vertexStyles = new HashMap<>();
    private final Map<String, Node> labelNodes = new HashMap<>();
    private final Map<String, Node> edgeNodes = new HashMap<>();
    private final Map<String, String[]> edgeEnds = new HashMap<>();
    private String styledSelection;
    private double lastBuildMillis;
    private boolean liveLayout;
    /** Briefings: the zoom and pan to use instead of fitting, for the next drawing only. */
    private double[] nextTransform;
    private final javafx.beans.property.ReadOnlyIntegerWrapper drawings = new javafx.beans.property.ReadOnlyIntegerWrapper();

    public GraphView(ExplorerViewModel vm, Theme theme) {
        this.vm = vm;
        this.theme = theme;
        getStyleClass().add("graph-view");
        empty.getStyleClass().add("muted");
        legend = new Legend(theme);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        canvasView = new CanvasGraphView(vm);
        canvasView.setVisible(false);
        getChildren().addAll(zoom, canvasView, empty, legend);
        vm.visibleProperty().addListener((o, a, v) -> show(v));
        zoom.scaleProperty().addListener((o, a, b) -> keepLabelsLegible());
        vm.selectedProperty().addListener((o, a, b) -> restyle());
        vm.answerProperty().addListener((o, a, b) -> restyle());
        show(vm.visible());
    }

    public ZoomPane zoomPane() { return zoom; }

    /** Number of vertices drawn now (for the status bar and tests). */
    public int drawnVertexCount() { return canvasMode ? canvasView.drawnVertexCount() : vertexNodes.size(); }

    public int drawnEdgeCount() { return canvasMode ? canvasView.drawnEdgeCount() : edgeNodes.size(); }

    /** Whether the big-graph canvas draws the view (SmartGraph draws small ones). */
    public boolean isCanvasMode() { return canvasMode; }

    public CanvasGraphView canvasView() { return canvasView; }

    /** The drawn node of an entity, or null when it is not drawn. */
    public Node vertexNode(String entityId) { return vertexNodes.get(entityId); }

    /** The drawn line of a relation (the line its pair of entities shares), or null when not drawn. */
    public Node edgeNode(String relationId) {
        return projection == null ? null : edgeNodes.get(projection.drawnAs().getOrDefault(relationId, relationId));
    }

    public void fit() {
        if (canvasMode) canvasView.canvas().fitToView(); else fitWithLabels();
    }

    /** Labels grow as the picture shrinks, so fitting takes two rounds to keep them inside the view. */
    private void fitWithLabels() {
        for (int round = 0; round < 2; round++) {
            zoom.fit();
            keepLabelsLegible();
            if (panel != null) panel.layout();
        }
    }

    /**
     * SmartGraph's own force layout, live on the FX thread: pleasant for a few dozen nodes, too slow beyond, so it
     * is refused for bigger views.
     */
    public boolean setLiveLayout(boolean on) {
        liveLayout = on && vm.visible().entities().size() <= LIVE_LAYOUT_LIMIT_DEFAULT;
        if (panel != null) panel.setAutomaticLayout(liveLayout);
        return liveLayout;
    }

    private void clearSmartGraph() {
        vertexNodes.clear();
        vertexStyles.clear();
        labelNodes.clear();
        edgeNodes.clear();
        edgeEnds.clear();
        styledSelection = null;
        if (panel != null) panel.setAutomaticLayout(false); // its timer would keep running after removal
        panel = null;
        zoom.getChildren().clear();
    }

    /** FX-thread time of the last rebuild of the drawing, in ms (for the status of big views and tests). */
    public double lastBuildMillis() { return lastBuildMillis; }

    private void show(VisibleGraph v) {
        long t0 = System.nanoTime();
        empty.setVisible(v.entities().isEmpty());
        canvasMode = v.entities().size() > SMARTGRAPH_LIMIT_DEFAULT;
        zoom.setVisible(!canvasMode);
        canvasView.setVisible(canvasMode);
        legend.setVisible(!canvasMode);
        if (canvasMode) {
            clearSmartGraph();
            canvasView.show(v);
            if (nextTransform != null) {
                // a saved view's zoom and pan: the canvas keeps them instead of fitting the picture
                Viewport now = canvasView.canvas().getViewport();
                canvasView.canvas().setViewport(
                        new Viewport(nextTransform[0], nextTransform[1], nextTransform[2], now.width(), now.height()));
            }
            lastBuildMillis = (System.nanoTime() - t0) / 1e6;
            nextTransform = null;
            drawings.set(drawings.get() + 1);
            return;
        }
        clearSmartGraph();
        projection = SmartGraphAdapter.project(v, theme);
        panel = new SmartGraphPanel<>(projection.graph(), properties(), placement(v), theme.graphStylesheet());
        panel.getStylesheets().add(theme.typeStylesheet());
        panel.setAutomaticLayout(false);
        panel.setMinSize(v.width(), v.height());
        panel.setPrefSize(v.width(), v.height());
        panel.setMaxSize(v.width(), v.height());
        panel.resize(v.width(), v.height());
        panel.setVertexDoubleClickAction(sv -> vm.toggleExpand(sv.getUnderlyingVertex().element().entity().id()));
        zoom.setContent(panel);
        legend.show(v);
        SmartGraphPanel<GraphNode, GraphLink> p = panel;
        long built = System.nanoTime() - t0;
        FxUtil.whenShown(p, () -> {
            if (p != panel) return;
            long t1 = System.nanoTime();
            p.init();
            decorate(v);
            restyle();
            if (nextTransform != null) {
                zoom.setTransform(nextTransform[0], nextTransform[1], nextTransform[2]);
                keepLabelsLegible();
            } else {
                fitWithLabels();
            }
            nextTransform = null;
            // label sizes are known only once the texts are laid out: give way again after that pass
            javafx.application.Platform.runLater(() -> { if (p == panel) declutterLabels(); });
            if (liveLayout && v.entities().size() <= LIVE_LAYOUT_LIMIT_DEFAULT) p.setAutomaticLayout(true);
            lastBuildMillis = (built + System.nanoTime() - t1) / 1e6;
            drawings.set(drawings.get() + 1);
        });
    }

    private static SmartGraphProperties properties() {
        try (InputStream in = GraphView.class.getResourceAsStream("/org/policygraph/ui/smartgraph.properties")) {
            return new SmartGraphProperties(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places every vertex where our layout put it. */
    private SmartPlacementStrategy placement(VisibleGraph v) {
        return new SmartPlacementStrategy() {
            @Override
            public <V, E> void place(double width, double height, SmartGraphPanel<V, E> target) {
                for (Vertex<V> vertex : target.getModel().vertices()) {
                    GraphNode n = (GraphNode) vertex.element();
                    Point pt = v.positions().get(n.entity().id());
                    if (pt != null) target.setVertexPosition(vertex, pt.x(), pt.y());
                }
            }
        };
    }

    /** Style classes, tooltips and mouse handling on the freshly built nodes. */
    private void decorate(VisibleGraph v) {
        labelThreshold = labelThreshold(v);
        crowded.clear();
        for (var entry : projection.vertices().entrySet()) {
            Entity e = entry.getValue().element().entity();
            SmartStylableNode sv = panel.getStylableVertex(entry.getValue());
            sv.addStyleClass(Theme.typeClass(e.type()));
            Integer community = v.communities().get(e.id());
            if (community != null) {
                sv.setStyleInline("-fx-fill: " + Theme.COMMUNITY_COLORS[community % Theme.COMMUNITY_COLORS.length] + ";");
            }
            Node node = (Node) sv;
            node.setId("vertex-" + e.id());
            vertexNodes.put(e.id(), node);
            vertexStyles.put(e.id(), sv);
            Node label = (Node) panel.getStylableLabel(entry.getValue());
            if (label != null) {
                label.setMouseTransparent(true);
                labelNodes.put(e.id(), label);
                // in a crowded picture only the most central keep a label; the rest show theirs on hover
                label.setVisible(v.sizes().getOrDefault(e.id(), 0.0) >= labelThreshold);
                node.addEventHandler(MouseEvent.MOUSE_ENTERED, ev -> label.setVisible(true));
                node.addEventHandler(MouseEvent.MOUSE_EXITED, ev -> label.setVisible(labelShown(e.id())));
            }
            EntityType type = theme.ontology().entityType(e.type());
            String aliases = e.aliases().isEmpty() ? "" : "\nalso: " + String.join(", ", e.aliases().stream().limit(5).toList());
            tooltipOnHover(node, () -> e.label() + "  (" + type.label() + ")" + aliases
                    + "\n" + e.documents().size() + " document(s) · click for details, double-click to expand");
            node.addEventHandler(MouseEvent.MOUSE_CLICKED, ev -> {
                if (ev.getButton() != MouseButton.PRIMARY || !ev.isStillSincePress() || ev.getClickCount() != 1) return;
                if (ev.isControlDown() || ev.isShortcutDown()) vm.pathTo(e.id()); else vm.select(e.id());
                ev.consume();
            });
            node.addEventHandler(MouseEvent.MOUSE_RELEASED, ev -> {
                if (!ev.isStillSincePress()) {
                    vm.moved(e.id(), new Point(panel.getVertexPositionX(entry.getValue()),
                            panel.getVertexPositionY(entry.getValue())));
                }
            });
        }
        for (var entry : projection.edges().entrySet()) {
            Edge<GraphLink, GraphNode> edge = entry.getValue();
            Relation r = edge.element().relation();
            SmartStylableNode se = panel.getStylableEdge(edge);
            se.addStyleClass(Theme.relationClass(r.type()));
            if (RelationType.isCooccurrence(r.type())) se.addStyleClass("cooccurs");
            // thicker when more documents state it: source strength at a glance
            se.addStyleClass("sources-" + Math.min(4, Math.max(1, r.documents().size())));
            Node node = (Node) se;
            edgeNodes.put(r.id(), node);
            node.addEventHandler(MouseEvent.MOUSE_CLICKED, ev -> {
                if (ev.getButton() == MouseButton.PRIMARY && ev.isStillSincePress() && ev.getClickCount() == 1) {
                    vm.explainRelation(r.id());
                    ev.consume();
                }
            });
            Entity s = edge.vertices()[0].element().entity();
            Entity t = edge.vertices()[1].element().entity();
            edgeEnds.put(r.id(), new String[] {s.id(), t.id()});
            List<Relation> bundle = projection.bundles().getOrDefault(r.id(), List.of(r));
            tooltipOnHover(node, () -> describe(bundle) + "\nclick for the sentences");
        }
    }

    /** One line per relation of a drawn pair, with its number of sources. */
    private String describe(List<Relation> bundle) {
        StringBuilder out = new StringBuilder();
        for (Relation x : bundle) {
            int k = x.documents().size();
            if (out.length() > 0) out.append('\n');
            out.append(vm.graph().source(x).label()).append(" — ").append(theme.ontology().relationStyle(x.type()).label())
                    .append(" → ").append(vm.graph().target(x).label()).append(" (").append(k)
                    .append(k == 1 ? " source)" : " sources)");
        }
        return out.toString();
    }

    /** Tooltips are made on first hover: building hundreds up front costs the FX thread seconds. */
    private static void tooltipOnHover(Node node, java.util.function.Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<>() {
            @Override
            public void handle(MouseEvent ev) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text.get()));
            }
        });
    }

    /** Labels keep roughly their on-screen size when the picture is zoomed out; then overlapping ones give way. */
    private void keepLabelsLegible() {
        double k = Math.max(1, Math.min(LABEL_MAX_BOOST_DEFAULT, 1 / zoom.scale()));
        for (Node label : labelNodes.values()) {
            label.setScaleX(k);
            label.setScaleY(k);
        }
        declutterLabels();
    }

    /** Vertices whose standing label would overlap a more central vertex's: theirs shows on hover only. */
    private final Set<String> crowded = new HashSet<>();
    private double labelThreshold = -1;

    /** Whether a vertex's label stands: marked (selected, on the answer), or central enough and not crowded out. */
    private boolean labelShown(String id) {
        return isMarked(id) || (vm.visible().sizes().getOrDefault(id, 0.0) >= labelThreshold && !crowded.contains(id));
    }

    /**
     * Most central first, each standing label keeps its place unless it would overlap one already kept, so a dense
     * picture shows readable names instead of a smear of overlapping ones. Runs again when the zoom changes.
     */
    private void declutterLabels() {
        if (panel == null || canvasMode) return;
        crowded.clear();
        Map<String, Double> sizes = vm.visible().sizes();
        List<String> ids = new ArrayList<>(labelNodes.keySet());
        ids.sort(Comparator.comparingDouble((String id) -> -sizes.getOrDefault(id, 0.0)).thenComparing(Comparator.naturalOrder()));
        List<javafx.geometry.Bounds> kept = new ArrayList<>();
        for (String id : ids) {
            boolean marked = isMarked(id);
            if (!marked && sizes.getOrDefault(id, 0.0) < labelThreshold) continue;
            javafx.geometry.Bounds b = labelNodes.get(id).getBoundsInParent();
            boolean clash = false;
            for (javafx.geometry.Bounds k : kept) {
                if (k.intersects(b)) {
                    clash = true;
                    break;
                }
            }
            if (clash && !marked) crowded.add(id);
            else kept.add(b);
        }
        labelNodes.forEach((id, n) -> n.setVisible(labelShown(id)));
    }

    /** How many standing labels gave way to others (tests, status). */
    public int crowdedLabelCount() { return crowded.size(); }

    /** The drawn label of an entity, or null when it is not drawn (SmartGraph views only). */
    public Node labelNode(String entityId) { return labelNodes.get(entityId); }

    /** Size above which a vertex keeps its label: everything in small views, the top few in crowded ones. */
    public static double labelThreshold(VisibleGraph v) {
        if (v.entities().size() <= LABEL_ALL_DEFAULT) return -1;
        List<Double> sizes = new ArrayList<>(v.sizes().values());
        sizes.sort(Comparator.reverseOrder());
        return sizes.get(Math.min(sizes.size() - 1, LABEL_ALL_DEFAULT / 2));
    }

    private boolean isMarked(String id) {
        Answer a = vm.answer();
        return id.equals(vm.selectedId()) || (a != null && a.entityIds().contains(id));
    }

    /** Marks the selection and the current answer (path or preset). */
    private void restyle() {
        if (canvasMode) {
            canvasView.restyle();
            return;
        }
        if (panel == null) return;
        if (styledSelection != null && vertexStyles.containsKey(styledSelection)) {
            style(vertexStyles.get(styledSelection), "selected", false);
        }
        styledSelection = vm.selectedId();
        if (styledSelection != null && vertexStyles.containsKey(styledSelection)) {
            style(vertexStyles.get(styledSelection), "selected", true);
        }
        Answer a = vm.answer();
        Set<String> ids = a == null ? Set.of() : a.entityIds();
        Set<String> rels = a == null ? Set.of() : a.relationIds();
        boolean dim = a != null && !a.isEmpty();
        vertexStyles.forEach((id, n) -> {
            style(n, "path", ids.contains(id));
            style(n, "dimmed", dim && !ids.contains(id));
        });
        labelNodes.forEach((id, n) -> style(n, "dimmed", dim && !ids.contains(id)));
        declutterLabels();
        String sel = vm.selectedId();
        Set<String> drawnRels = new HashSet<>();
        for (String r : rels) drawnRels.add(projection.drawnAs().getOrDefault(r, r));
        edgeNodes.forEach((id, n) -> {
            String[] ends = edgeEnds.get(id);
            style(n, "incident", sel != null && ends != null && (sel.equals(ends[0]) || sel.equals(ends[1])));
            style(n, "path", drawnRels.contains(id));
            style(n, "dimmed", dim && !drawnRels.contains(id));
        });
    }

    private static void style(Node n, String cls, boolean on) {
        if (on && !n.getStyleClass().contains(cls)) n.getStyleClass().add(cls);
        if (!on) n.getStyleClass().removeAll(cls);
    }

    private static void style(SmartStylableNode n, String cls, boolean on) {
        n.removeStyleClass(cls);
        if (on) n.addStyleClass(cls);
    }

    /** Whether the drawn vertex of an entity carries a style class (selected, path, dimmed). */
    public boolean vertexHasClass(String entityId, String cls) {
        Node group = vertexNodes.get(entityId);
        return group != null && group.lookup("." + cls) != null;
    }

    // ---- briefings (ui.brief): exact pictures for saved views, presenter mode and exports ----

    /** Zoom and pan of the picture now, {scale, panX, panY}: the zoom pane's, or the canvas viewport's for big views. */
    public double[] currentTransform() {
        if (canvasMode) {
            Viewport v = canvasView.canvas().getViewport();
            return new double[] {v.zoom(), v.panX(), v.panY()};
        }
        return new double[] {zoom.scale(), zoom.panX(), zoom.panY()};
    }

    /** The next drawing keeps this zoom and pan instead of fitting the picture to the window. */
    public void keepTransformForNextDrawing(double scale, double panX, double panY) {
        nextTransform = new double[] {scale, panX, panY};
    }

    /** Counts finished drawings (vertices placed and styled), so callers can wait for a picture. */
    public javafx.beans.property.ReadOnlyIntegerProperty drawingsProperty() { return drawings.getReadOnlyProperty(); }

    /** Where each drawn vertex is now (layout space), including the user's drags. */
    public Map<String, Point> currentPositions() {
        Map<String, Point> out = new HashMap<>();
        if (panel == null || projection == null) return out;
        projection.vertices().forEach((id, vx) -> {
            try {
                out.put(id, new Point(panel.getVertexPositionX(vx), panel.getVertexPositionY(vx)));
            } catch (RuntimeException notPlacedYet) {
                Point p = vm.visible().positions().get(id);
                if (p != null) out.put(id, p);
            }
        });
        return out;
    }

    /** Moves a drawn vertex (layout space) without recording a drag: presenter transitions glide vertices. */
    public void placeVertex(String entityId, Point p) {
        if (panel == null || projection == null || !projection.vertices().containsKey(entityId)) return;
        panel.setVertexPosition(projection.vertices().get(entityId), p.x(), p.y());
    }
}
